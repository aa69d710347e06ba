"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { type AdminTab, adminTabUrl, readTab } from "@/components/admin/admin-tabs";

/** The open admin tab from `?tab=`, and a way to switch (replacing the history entry: tabs are not pages). */
export function useAdminTab(): [AdminTab, (tab: AdminTab) => void] {
  const search = useSearchParams();
  const router = useRouter();
  const tab = readTab(search.get("tab"));
  const setTab = useCallback((next: AdminTab) => router.replace(adminTabUrl(next), { scroll: false }), [router]);
  return [tab, setTab];
}
