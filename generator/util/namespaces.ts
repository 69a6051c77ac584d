/**
 * Namespace URIs the generator reads or writes, each defined once (the generated runtime in
 * templates/runtime/ carries its own copies: it has no imports from the generator).
 */

/** The `xml:` prefix's namespace (lang, space, base, id); bound in every document (Namespaces in XML §3). */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** XML Schema: the 2001 Recommendation plus the 2000/10 and 1999 drafts older toolkits emit. */
export const XSD_NS = 'http://www.w3.org/2001/XMLSchema';
export const XSD_NS_2000 = 'http://www.w3.org/2000/10/XMLSchema';
export const XSD_NS_1999 = 'http://www.w3.org/1999/XMLSchema';
export const XSD_NSS: readonly string[] = [XSD_NS, XSD_NS_2000, XSD_NS_1999];

/** XML Schema instance (`xsi:type`, `xsi:nil`), with the same drafts. */
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const XSI_NSS: readonly string[] = [XSI_NS, 'http://www.w3.org/2000/10/XMLSchema-instance', 'http://www.w3.org/1999/XMLSchema-instance'];

/** SOAP envelopes: 1.1 (SOAP 1.1 §4.1.1) and 1.2 (SOAP 1.2 part 1 §5.1). */
export const SOAP11_ENV_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SOAP12_ENV_NS = 'http://www.w3.org/2003/05/soap-envelope';
export const SOAP_ENV_NSS: readonly string[] = [SOAP11_ENV_NS, SOAP12_ENV_NS];

/** SOAP encoding (SOAP 1.1 §5, SOAP 1.2 part 2 §3) and the SOAP 1.2 RPC namespace. */
export const SOAP11_ENC_NS = 'http://schemas.xmlsoap.org/soap/encoding/';
export const SOAP12_ENC_NS = 'http://www.w3.org/2003/05/soap-encoding';
export const SOAP_ENC_NSS: readonly string[] = [SOAP11_ENC_NS, SOAP12_ENC_NS];
export const SOAP12_RPC_NS = 'http://www.w3.org/2003/05/soap-rpc';

/** WSDL 1.1 (and 2.0) and its bindings. */
export const WSDL_NS = 'http://schemas.xmlsoap.org/wsdl/';
export const WSDL2_NS = 'http://www.w3.org/ns/wsdl';
export const WSDL_SOAP11_NS = 'http://schemas.xmlsoap.org/wsdl/soap/';
export const WSDL_SOAP12_NS = 'http://schemas.xmlsoap.org/wsdl/soap12/';
export const WSDL_HTTP_NS = 'http://schemas.xmlsoap.org/wsdl/http/';
export const WSDL_MIME_NS = 'http://schemas.xmlsoap.org/wsdl/mime/';

/** WCF DataContract namespaces start with this (`…/2004/07/My.Namespace`). */
export const DATACONTRACT_NS = 'http://schemas.datacontract.org/2004/07/';
/** WCF serialization (`z:Id`, `z:Ref`, `char`, `guid`, `duration`). */
export const MS_SERIALIZATION_NS = 'http://schemas.microsoft.com/2003/10/Serialization/';
/** Types ASMX WSDLs declare for `guid` and `char`. */
export const MS_WSDL_TYPES_NS = 'http://microsoft.com/wsdl/types/';

/** MTOM/XOP. */
export const XOP_NS = 'http://www.w3.org/2004/08/xop/include';
export const XMIME_NS = 'http://www.w3.org/2005/05/xmlmime';
export const XMIME_2004_NS = 'http://www.w3.org/2004/11/xmlmime';
