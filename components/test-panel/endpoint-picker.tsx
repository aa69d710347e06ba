"use client";

import { useQuery } from "@tanstack/react-query";
import { ListIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { useTRPC } from "@/lib/trpc/react";
import { TEST_METHODS, type TestMethod } from "@/stores/test-panel-store";

/** Routes from the app's own /openapi.json (FastAPI), to fill method and path in one click. */
export function EndpointPicker({ appId, onPick }: { appId: string; onPick(method: TestMethod, path: string): void }) {
  const trpc = useTRPC();
  const openapi = useQuery(trpc.apps.openapi.queryOptions({ id: appId }, { staleTime: 30_000 }));
  const paths = openapi.data?.paths ?? [];
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="icon-sm" aria-label="Pick an endpoint" data-testid="test-path-picker">
          <ListIcon aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="max-h-80 w-72 overflow-y-auto">
        <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">
          {openapi.isPending ? "Reading the app's routes…" : paths.length ? "Endpoints" : "No OpenAPI routes found (deploy the app first)"}
        </DropdownMenuLabel>
        {paths.map((p) => (
          <DropdownMenuItem
            key={`${p.method} ${p.path}`}
            onSelect={() => onPick((TEST_METHODS as readonly string[]).includes(p.method) ? (p.method as TestMethod) : "GET", p.path)}
            className="font-mono text-xs"
          >
            <span className="w-14 shrink-0 font-semibold">{p.method}</span>
            <span className="truncate">{p.path}</span>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
