import { getContent } from '../content/load';
import type { Content } from '../content/schemas';
import { cacheableResponse, memoised } from './http';

// Apart from lib/api/http.ts, which the proxy imports: this one reads the content.

/**
 * The GET handler of an endpoint that answers from the content alone (a list, the graph, the OpenAPI
 * document): the body is built once per content under `key`, then served with its ETag.
 */
export function contentEndpoint(key: string, build: (content: Content) => unknown, contentType = 'application/json; charset=utf-8') {
  return (request: Request): Response => {
    const content = getContent();
    return cacheableResponse(
      request,
      memoised(content, key, () => build(content)),
      contentType,
    );
  };
}
