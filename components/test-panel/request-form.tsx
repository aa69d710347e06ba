"use client";

import { Loader2Icon, SendIcon } from "lucide-react";
import type { FormEvent } from "react";
import { EndpointPicker } from "@/components/test-panel/endpoint-picker";
import { HeadersEditor } from "@/components/test-panel/headers-editor";
import { useSendRequest } from "@/components/test-panel/use-send-request";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { blankRequest, TEST_METHODS, type TestMethod, type TestRequest, useTestPanelStore } from "@/stores/test-panel-store";

const NO_BODY = new Set<TestMethod>(["GET", "HEAD"]);

export function RequestForm({ appId }: { appId: string }) {
  const request = useTestPanelStore((s) => s.requests[appId]) ?? blankRequest();
  const setRequest = (patch: Partial<TestRequest>) => useTestPanelStore.getState().setRequest(appId, patch);
  const { send, sending } = useSendRequest(appId);
  const bodyInvalid = request.body.trim() !== "" && !isJson(request.body) && jsonContentType(request.headers);

  function submit(e: FormEvent) {
    e.preventDefault();
    void send(request);
  }

  return (
    <form onSubmit={submit} className="grid gap-3" aria-label="Test request">
      <div className="flex gap-1.5">
        <select
          aria-label="Method"
          data-testid="test-method"
          value={request.method}
          onChange={(e) => setRequest({ method: e.target.value as TestMethod })}
          className="h-8 rounded-md border border-input bg-background px-1.5 font-mono text-xs font-semibold outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          {TEST_METHODS.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
        <Input
          aria-label="Path"
          data-testid="test-path"
          className="h-8 min-w-0 flex-1 font-mono text-xs"
          placeholder="/items/1?q=x"
          spellCheck={false}
          value={request.path}
          onChange={(e) => setRequest({ path: e.target.value })}
        />
        <EndpointPicker appId={appId} onPick={(method, path) => setRequest({ method, path })} />
      </div>
      <details className="group grid gap-1.5">
        <summary className="cursor-pointer text-xs font-medium text-muted-foreground select-none hover:text-foreground">
          Headers ({request.headers.filter((h) => h.key.trim()).length})
        </summary>
        <div className="pt-1.5">
          <HeadersEditor rows={request.headers} onChange={(headers) => setRequest({ headers })} />
        </div>
      </details>
      {!NO_BODY.has(request.method) && (
        <div className="grid gap-1.5">
          <Label htmlFor="test-request-body" className="text-xs text-muted-foreground">
            Body
          </Label>
          <Textarea
            id="test-request-body"
            data-testid="test-request-body"
            className="min-h-24 font-mono text-xs"
            placeholder='{"name": "value"}'
            spellCheck={false}
            value={request.body}
            aria-invalid={bodyInvalid || undefined}
            onChange={(e) => setRequest({ body: e.target.value })}
          />
          {bodyInvalid && <p className="text-xs text-warning">This is not valid JSON; it is sent as typed.</p>}
        </div>
      )}
      <Button type="submit" size="sm" data-testid="test-send" disabled={sending}>
        {sending ? <Loader2Icon className="animate-spin" aria-hidden /> : <SendIcon aria-hidden />}
        Send
      </Button>
    </form>
  );
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function jsonContentType(headers: { key: string; value: string }[]): boolean {
  return headers.some((h) => h.key.trim().toLowerCase() === "content-type" && h.value.includes("json"));
}
