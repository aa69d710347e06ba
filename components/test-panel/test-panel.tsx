"use client";

import { FlaskConicalIcon, PanelRightCloseIcon } from "lucide-react";
import { useEffect, useState } from "react";
import { CallHistory } from "@/components/test-panel/call-history";
import { RequestForm } from "@/components/test-panel/request-form";
import { ResponseView } from "@/components/test-panel/response-view";
import { Button } from "@/components/ui/button";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { usePanelStore } from "@/stores/panel-store";
import { useTestPanelStore } from "@/stores/test-panel-store";

/** Call the deployed app from the editor: request on top, response or history below. */
export function TestPanel({ appId }: { appId: string }) {
  const response = useTestPanelStore((s) => s.responses[appId]);
  const [tab, setTab] = useState("response");
  // A new answer (sent or restored from history) is what the person wants to see.
  useEffect(() => {
    if (response) setTab("response");
  }, [response]);
  return (
    <aside aria-label="Test panel" className="flex h-full min-h-0 flex-col border-l bg-background">
      <div className="flex h-10 shrink-0 items-center justify-between border-b pr-1.5 pl-3">
        <h2 className="flex items-center gap-1.5 text-xs font-semibold tracking-wide text-muted-foreground uppercase">
          <FlaskConicalIcon className="size-3.5" aria-hidden /> Test
        </h2>
        <Button
          variant="ghost"
          size="icon-xs"
          aria-label="Hide test panel"
          onClick={() => usePanelStore.getState().setTestPanelOpen(false)}
        >
          <PanelRightCloseIcon aria-hidden />
        </Button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-3">
        <RequestForm appId={appId} />
        <Tabs value={tab} onValueChange={setTab} className="mt-4">
          <TabsList className="h-8 w-full">
            <TabsTrigger value="response" className="text-xs">
              Response
            </TabsTrigger>
            <TabsTrigger value="history" className="text-xs">
              History
            </TabsTrigger>
          </TabsList>
          <TabsContent value="response" className="pt-1">
            <ResponseView entry={response} />
          </TabsContent>
          <TabsContent value="history" className="pt-1">
            <CallHistory appId={appId} />
          </TabsContent>
        </Tabs>
      </div>
    </aside>
  );
}
