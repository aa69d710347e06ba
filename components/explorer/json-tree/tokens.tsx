import type { ReactNode } from "react";

/** `Name(…)` in the shell's style: the type name in the type colour, its argument inside. */
export function Ctor({ name, children }: { name: string; children?: ReactNode }) {
  return (
    <span>
      <span className="text-(--syntax-type)">{name}</span>
      <span className="text-muted-foreground">(</span>
      {children}
      <span className="text-muted-foreground">)</span>
    </span>
  );
}

export const Str = ({ children }: { children: ReactNode }) => (
  <span className="break-all text-(--syntax-string)">&quot;{children}&quot;</span>
);
export const Num = ({ children }: { children: ReactNode }) => <span className="text-(--syntax-number)">{children}</span>;
export const Keyword = ({ children }: { children: ReactNode }) => <span className="text-(--syntax-keyword)">{children}</span>;
