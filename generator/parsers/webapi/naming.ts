/** Route names live in generator/util/rest-naming.ts (the merge pass uses them too). */
export { disambiguateRestNames, restOperationName, type RouteKey } from '../../util/rest-naming.js';
