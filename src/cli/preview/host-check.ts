// The Host header a request to the preview must carry: this machine's loopback names with the server's port. Any other
// (a site whose name was pointed at 127.0.0.1: DNS rebinding) is refused, so no web page can read the documents.

/** Whether the Host header names this server on the loopback: 127.0.0.1, localhost or [::1], with its port. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const allowed = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  return allowed.includes(host.toLowerCase());
}
