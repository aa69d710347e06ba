/** What a blank app starts with: a working hello-world. */
export const STARTER_FILES: Record<string, string> = {
  "app.py": `from fastapi import FastAPI

app = FastAPI(title="Hello from Kiln")


@app.get("/")
def hello() -> dict[str, str]:
    return {"message": "Hello, world!"}


@app.get("/items/{item_id}")
def read_item(item_id: int, q: str | None = None) -> dict[str, object]:
    return {"item_id": item_id, "q": q}
`,
};
