export function AdminHeader() {
  return (
    <div className="grid gap-1">
      <h1 className="text-2xl font-semibold tracking-tight">Admin</h1>
      <p className="text-sm text-muted-foreground">
        Run this Kiln: who may sign up, what code may import, the defaults new apps get, who has an account, and what happened.
      </p>
    </div>
  );
}
