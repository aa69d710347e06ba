/** Server-sent events from an async iterable; ends when the iterable ends or the client leaves. */
export function sseResponse<T>(source: AsyncIterable<T>, signal: AbortSignal, eventName?: (item: T) => string): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const heartbeat = setInterval(() => controller.enqueue(encoder.encode(": keep-alive\n\n")), 15_000);
      try {
        for await (const item of source) {
          if (signal.aborted) break;
          const name = eventName?.(item);
          controller.enqueue(encoder.encode(`${name ? `event: ${name}\n` : ""}data: ${JSON.stringify(item)}\n\n`));
        }
      } catch (e) {
        controller.enqueue(
          encoder.encode(`event: error\ndata: ${JSON.stringify({ message: e instanceof Error ? e.message : "stream failed" })}\n\n`),
        );
      } finally {
        clearInterval(heartbeat);
        controller.close();
      }
    },
  });
  return new Response(body, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" },
  });
}
