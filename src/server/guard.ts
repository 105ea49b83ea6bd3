/**
 * Who may talk to the server, checked before any route runs.
 *
 * - **Host allow-list.** A page on another site can rebind its own DNS name
 *   to 127.0.0.1 and read the API as same-origin; its requests still carry
 *   its own name in `Host`. Only loopback names, the address the server is
 *   bound to and names given with `--allowed-host` are answered.
 * - **No writes from other sites.** A browser marks requests a page sends to
 *   another origin (`Origin`, `Sec-Fetch-Site`), and can send `text/plain`
 *   without asking first; writes so marked are refused, token or not. Tools
 *   (curl, scripts) send neither header and are unaffected.
 * - **Tokens compared in constant time**, so response timing says nothing of
 *   how much of a guess was right.
 */
import { createHash, timingSafeEqual } from "node:crypto";

export const LOOPBACK_HOSTS: readonly string[] = ["localhost", "127.0.0.1", "::1"];
/** `Sec-Fetch-Site` values of requests from the server's own pages, or typed in by the user. */
const OWN_FETCH_SITES = new Set(["same-origin", "none"]);
const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface Refusal {
  status: number;
  error: string;
  message: string;
}

type Headers = Record<string, string | string[] | undefined>;

/** The host part of a `Host` header or an origin's URL, lower-case, without port or IPv6 brackets. */
export function hostName(value: string): string {
  const v = value.trim().toLowerCase();
  if (v.startsWith("[")) return v.slice(1, v.indexOf("]") > 0 ? v.indexOf("]") : undefined);
  return v.replace(/:\d*$/, "");
}

export function allowedHosts(bound: string | undefined, extra: readonly string[] = []): Set<string> {
  const hosts = new Set([...LOOPBACK_HOSTS, ...extra.map(hostName)]);
  // A wildcard bind (0.0.0.0, ::) names no host of its own: the user lists the names the server is reached by.
  if (bound && bound !== "0.0.0.0" && bound !== "::") hosts.add(hostName(bound));
  return hosts;
}

/** Why a request must not be answered, or `undefined` when it may. */
export function refusal(method: string, headers: Headers, hosts: ReadonlySet<string>): Refusal | undefined {
  const host = one(headers.host);
  if (!host || !hosts.has(hostName(host))) {
    return { status: 403, error: "host-not-allowed", message: `Host ${host ?? "(none)"} is not served here; see --allowed-host` };
  }
  if (!WRITE_METHODS.has(method)) return undefined;
  const origin = one(headers.origin);
  if (origin !== undefined && origin !== "null") {
    let name: string | undefined;
    try {
      name = hostName(new URL(origin).host);
    } catch {
      name = undefined;
    }
    if (!name || !hosts.has(name)) return { status: 403, error: "cross-origin", message: `writes from ${origin} are refused` };
  } else if (origin === "null") {
    return { status: 403, error: "cross-origin", message: "writes from an opaque origin are refused" };
  }
  const site = one(headers["sec-fetch-site"]);
  if (site !== undefined && !OWN_FETCH_SITES.has(site)) {
    return { status: 403, error: "cross-origin", message: `writes from a ${site} page are refused` };
  }
  return undefined;
}

/** Whether `Authorization` carries exactly `Bearer <token>`, compared in constant time. */
export function hasToken(headers: Headers, token: string): boolean {
  const given = headers.authorization;
  if (typeof given !== "string") return false;
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(`Bearer ${token}`));
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
