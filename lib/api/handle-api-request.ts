import "server-only";
import { authenticateApiToken, type ApiPrincipal } from "@/lib/api-tokens/authenticate-api-token";
import { apiErrorResponse } from "./api-error-response";
import { apiJson } from "./api-json";

// Every /api/v1 route goes through here: bearer token → the route's one domain call → JSON.
// There is no proxy in front of the API, so a request without a valid token stops here with 401.
export async function handleApiRequest<T>(
  request: Request,
  run: (principal: ApiPrincipal) => Promise<T>,
): Promise<Response> {
  try {
    const principal = await authenticateApiToken(request.headers.get("authorization"));
    return apiJson(await run(principal));
  } catch (error) {
    return apiErrorResponse({ error, request });
  }
}
