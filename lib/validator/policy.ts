// What the validator refuses, as data. The checks in imports.ts and references.ts read these.

/** Modules refused even when an admin puts them on the allow-list. */
export const ALWAYS_REFUSED_MODULES: ReadonlySet<string> = new Set([
  "importlib",
  "subprocess",
  "ctypes",
  "cffi",
  "multiprocessing",
  "socket",
  "pickle",
  "marshal",
  "shutil",
  "builtins",
  "posix",
  "nt",
  "_posixsubprocess",
  "pty",
  "runpy",
  "code",
  "codeop",
  "imp",
  "zipimport",
]);

/** Submodules of allowed modules that are refused (a dotted prefix refuses its subtree). */
export const REFUSED_SUBMODULES: readonly string[] = ["asyncio.subprocess", "logging.config"];

/** The only members of `os` a user may touch: environment and path helpers. */
export const OS_ALLOWED_MEMBERS: ReadonlySet<string> = new Set([
  "environ",
  "environb",
  "getenv",
  "getenvb",
  "putenv",
  "unsetenv",
  "path",
  "sep",
  "altsep",
  "extsep",
  "pathsep",
  "linesep",
  "curdir",
  "pardir",
  "defpath",
  "devnull",
  "name",
  "getcwd",
  "getpid",
  "cpu_count",
  "urandom",
  "fspath",
  "fsencode",
  "fsdecode",
  "PathLike",
  "supports_bytes_environ",
]);

/** Builtins refused wherever they are named (called or passed around). */
export const BLOCKED_BUILTINS: ReadonlySet<string> = new Set([
  "exec",
  "eval",
  "compile",
  "__import__",
  "input",
  "breakpoint",
  "globals",
  "locals",
  "vars",
]);

/** Bare names refused anywhere. */
export const BLOCKED_NAMES: ReadonlySet<string> = new Set(["__builtins__", "__loader__", "__spec__"]);

/** Attribute names refused on any object: introspection escapes, frames, subprocesses. */
export const BLOCKED_ATTRIBUTES: ReadonlySet<string> = new Set([
  "__builtins__",
  "__subclasses__",
  "__globals__",
  "__code__",
  "__bases__",
  "__base__",
  "__mro__",
  "__loader__",
  "__spec__",
  "__import__",
  "f_globals",
  "f_locals",
  "f_builtins",
  "f_back",
  "gi_frame",
  "cr_frame",
  "ag_frame",
  "tb_frame",
  "create_subprocess_exec",
  "create_subprocess_shell",
  "subprocess_exec",
  "subprocess_shell",
  "sys",
  "_sys",
  "_os",
  "subprocess",
  "builtins",
  "importlib",
  "_posixsubprocess",
]);

/** Attributes refused on an imported module (reaching another module through it). */
export const MODULE_ESCAPE_ATTRIBUTES: ReadonlySet<string> = new Set(["os", "__dict__"]);

/** Calls that look an attribute up by name; a string argument is checked like an attribute. */
export const GETATTR_LIKE: ReadonlySet<string> = new Set([
  "getattr",
  "setattr",
  "delattr",
  "hasattr",
  "__getattribute__",
  "__getattr__",
  "attrgetter",
  "methodcaller",
]);

/** Callables that open files, by qualified name; `open` is the builtin. */
export const OPEN_LIKE: ReadonlySet<string> = new Set(["open", "io.open", "io.FileIO"]);
/** pathlib constructors: literal absolute or `..` paths are refused. */
export const PATH_LIKE: ReadonlySet<string> = new Set([
  "pathlib.Path",
  "pathlib.PurePath",
  "pathlib.PosixPath",
  "pathlib.PurePosixPath",
  "pathlib.WindowsPath",
  "pathlib.PureWindowsPath",
]);

export function isAllowedModule(qualified: string, allowed: readonly string[]): boolean {
  return allowed.some((entry) => qualified === entry || qualified.startsWith(`${entry}.`));
}

/** Why a module (dotted name, absolute, not the app's own) may not be imported, or null. */
export function moduleVerdict(qualified: string, allowed: readonly string[]): string | null {
  const root = qualified.split(".")[0] ?? qualified;
  if (root === "__future__") return null;
  if (ALWAYS_REFUSED_MODULES.has(root)) return `\`${root}\` may never be imported`;
  const refused = REFUSED_SUBMODULES.find((p) => qualified === p || qualified.startsWith(`${p}.`));
  if (refused) return `\`${refused}\` may never be imported`;
  if (!isAllowedModule(qualified, allowed)) {
    return `\`${qualified}\` is not on the allowed imports list`;
  }
  return null;
}

/**
 * Why a qualified member path (`os.system`, `logging.os`, `asyncio.subprocess.PIPE`) is refused,
 * or null. Checks only what the name itself reveals; allow-list membership is moduleVerdict's job.
 */
export function memberVerdict(qualified: string): string | null {
  const parts = qualified.split(".");
  if (parts[0] === "os" && parts.length > 1 && !OS_ALLOWED_MEMBERS.has(parts[1] ?? "")) {
    return `\`os.${parts[1]}\` is not allowed: only os environment and path helpers (os.environ, os.getenv, os.path, …) may be used`;
  }
  const refused = REFUSED_SUBMODULES.find((p) => qualified === p || qualified.startsWith(`${p}.`));
  if (refused) return `\`${refused}\` may never be used`;
  for (const part of parts.slice(1)) {
    if (MODULE_ESCAPE_ATTRIBUTES.has(part) || BLOCKED_ATTRIBUTES.has(part)) {
      return `\`${qualified}\` is not allowed: \`${part}\` may not be reached through another module`;
    }
  }
  return null;
}
