import type { Metadata } from "next";
import { EditorScreen } from "@/components/editor/editor-screen";

export const metadata: Metadata = { title: "Editor" };

export default async function EditAppPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <EditorScreen appId={id} />;
}
