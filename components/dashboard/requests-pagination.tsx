import { CursorPager } from "@/components/shared/cursor-pager";

const labels = { first: "Newest", back: "Newer", forward: "Older" };
const testIds = { back: "requests-newer", forward: "requests-older" };

/** Newer / older pages over the cursor; page 1 is the live one (it refreshes itself). */
export function RequestsPagination({
  page,
  hasOlder,
  onNewest,
  onNewer,
  onOlder,
}: {
  page: number;
  hasOlder: boolean;
  onNewest(): void;
  onNewer(): void;
  onOlder(): void;
}) {
  if (page === 1 && !hasOlder) return null;
  return (
    <CursorPager
      label="Request pages"
      status={page === 1 ? "Newest requests, updating live" : `Page ${page} · older requests, not updating`}
      page={page}
      hasForward={hasOlder}
      labels={labels}
      testIdPrefix={testIds}
      onFirst={onNewest}
      onBack={onNewer}
      onForward={onOlder}
    />
  );
}
