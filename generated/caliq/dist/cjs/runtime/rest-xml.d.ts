/**
 * XML bodies of a Web API service, in the flavour its help page shows:
 *
 * - DataContractSerializer (`datacontract`): the root declares `xmlns:i` (XML Schema instance) and
 *   the data contract namespace `http://schemas.datacontract.org/2004/07/…` as default namespace;
 *   members are written in `xmlOrder` (base-class members first, then ordinal order); `null`
 *   members are written as `<X i:nil="true"/>`.
 * - XmlSerializer (`xmlserializer`): the root declares `xmlns:xsd` and `xmlns:xsi`; members in
 *   declared order; `null` members are left out unless nillable (`xsi:nil="true"`).
 *
 * Element names are the descriptors' `xmlName` (else the key); collections are a wrapper element
 * with one item element per value. Reading goes through the shared schema-driven reader, with
 * members matched by XML name (any namespace) and stored under their JSON keys; the root element
 * must be the declared one (name and namespace; a collection's items too), required members must
 * be present, a member occurs at most once, every value is checked like a SOAP response's, and
 * nothing but comments may follow the root. Unknown members are skipped.
 */
import type { RestBodyDesc, XmlFlavour } from './rest-schema.js';
/** Writes a body as an XML document (no declaration), the way the service's serializer does. */
export declare function writeXml(body: RestBodyDesc, flavour: XmlFlavour, value: unknown, path: string): string;
/**
 * Reads an XML body as a value of the body descriptor; its root must be the declared element.
 * `response`: a `null` (nil) root is refused, as the result is typed without `null`.
 */
export declare function readXml(text: string, body: RestBodyDesc, response?: boolean, maxDepth?: number): unknown;
