"use client";

import { useMutation } from "@tanstack/react-query";
import { errorMessage, useTRPC } from "@/lib/trpc/react";
import { uid } from "@/lib/utils";
import { type TestRequest, useTestPanelStore } from "@/stores/test-panel-store";

const NO_BODY = new Set(["GET", "HEAD"]);

function headersOf(request: TestRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const row of request.headers) if (row.key.trim()) headers[row.key.trim()] = row.value;
  return headers;
}

/** Sends the request through Kiln (apps.request) and records it in this app's history. */
export function useSendRequest(appId: string) {
  const trpc = useTRPC();
  const call = useMutation(trpc.apps.request.mutationOptions());
  const send = async (request: TestRequest) => {
    const path = request.path.startsWith("/") ? request.path : `/${request.path}`;
    const snapshot = { ...request, path };
    const entry = { id: uid(), at: new Date().toISOString(), request: snapshot };
    try {
      const response = await call.mutateAsync({
        id: appId,
        method: request.method,
        path,
        headers: headersOf(request),
        body: NO_BODY.has(request.method) || request.body === "" ? undefined : request.body,
      });
      useTestPanelStore.getState().record(appId, { ...entry, response });
    } catch (error) {
      useTestPanelStore.getState().record(appId, { ...entry, response: null, error: errorMessage(error) });
    }
  };
  return { send, sending: call.isPending };
}
