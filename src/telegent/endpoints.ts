/** Path segments that are identifiers (AID-…, TSUID-…, numbers, UUIDs, anything longer than a name), not names. */
const ID_SEGMENT = /^(?:[A-Z]{2,}[A-Z0-9]*-[\w.:-]+|\+?\d[\d-]*|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
const MAX_NAME_SEGMENT_LENGTH = 40;
const API_PREFIX_PATTERN = /^\/v1\.0(?=\/)/;

/**
 * The path (without its query) with identifier segments as `{id}`, so span names and metric labels
 * stay few. Telegent's endpoints take their IDs in the query and the body (REFERENCE.md), so today
 * this is the path itself; it guards against an endpoint that puts one in its path.
 */
export function pathTemplate(path: string): string {
  let template = templates.get(path);
  if (template === undefined) {
    template = path
      .split('?')[0]!
      .split('/')
      .map((segment) => (ID_SEGMENT.test(segment) || segment.length > MAX_NAME_SEGMENT_LENGTH ? '{id}' : segment))
      .join('/');
    // Every upstream call names its endpoint (metrics, spans): found once per path. The paths are
    // the client's own, about a hundred; the bound only guards against a path that carries an ID.
    if (templates.size < MAX_REMEMBERED_PATHS) templates.set(path, template);
  }
  return template;
}

const templates = new Map<string, string>();
const MAX_REMEMBERED_PATHS = 1_000;

/** An upstream endpoint as the metrics and the spans name it: `GET /numbers/order` (no /v1.0 prefix, no query); the path alone without a method. */
export function endpointOf(method: string, path: string): string {
  const template = pathTemplate(path).replace(API_PREFIX_PATTERN, '');
  return method ? `${method} ${template}` : template;
}
