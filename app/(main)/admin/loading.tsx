import { AdminSkeleton } from "@/components/admin/admin-skeleton";

export default function Loading() {
  return (
    <div className="min-h-full">
      <div className="h-14 border-b" />
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <AdminSkeleton />
      </main>
    </div>
  );
}
