import { CursorPager } from "@/components/shared/cursor-pager";

const labels = { first: "First", back: "Previous", forward: "Next" };
const testIds = { back: "explorer-prev", forward: "explorer-next", status: "explorer-page" };

/** Keyset paging: previous and next page, and where you are (no jumping ahead: the cursor only knows "after"). */
export function DocumentsPagination({
  page,
  shown,
  hasNext,
  onFirst,
  onPrev,
  onNext,
}: {
  page: number;
  shown: number;
  hasNext: boolean;
  onFirst(): void;
  onPrev(): void;
  onNext(): void;
}) {
  return (
    <CursorPager
      label="Document pages"
      status={`Page ${page}${shown > 0 ? ` · ${shown} ${shown === 1 ? "document" : "documents"}` : ""}`}
      page={page}
      hasForward={hasNext}
      labels={labels}
      testIdPrefix={testIds}
      onFirst={onFirst}
      onBack={onPrev}
      onForward={onNext}
    />
  );
}
