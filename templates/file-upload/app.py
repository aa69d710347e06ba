"""Upload files: an HTML form in the browser, multipart/form-data on the wire, UploadFile in Python.

POST /upload describes each file it gets (size, type, SHA-256, a text preview);
POST /echo sends one file straight back as a download.
"""

import hashlib
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import FastAPI, File, HTTPException, UploadFile, status
from fastapi.responses import HTMLResponse, Response

app = FastAPI(title="File upload")

MAX_BYTES = 5 * 1024 * 1024
CHUNK_BYTES = 64 * 1024

FORM = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>File upload</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto">
  <h1>Upload files</h1>
  <!-- multipart/form-data is the encoding that can carry files -->
  <form action="/upload" method="post" enctype="multipart/form-data">
    <input type="file" name="files" multiple required>
    <button type="submit">Describe them</button>
  </form>
  <h2>Echo one back</h2>
  <form action="/echo" method="post" enctype="multipart/form-data">
    <input type="file" name="file" required>
    <button type="submit">Download it again</button>
  </form>
  <p>Up to 5 MB per file. From a terminal: <code>curl -F files=@notes.txt URL/upload</code></p>
</body>
</html>
"""


async def read_limited(upload: UploadFile) -> bytes:
    # Read in chunks and stop at the limit: never trust the size a client announces.
    data = bytearray()
    while chunk := await upload.read(CHUNK_BYTES):
        data += chunk
        if len(data) > MAX_BYTES:
            raise HTTPException(
                status.HTTP_413_CONTENT_TOO_LARGE,
                f"{upload.filename} is larger than {MAX_BYTES} bytes",
            )
    return bytes(data)


def text_preview(data: bytes, chars: int = 200) -> str | None:
    head = data[: chars * 4]  # a UTF-8 character takes at most 4 bytes
    try:
        return head.decode("utf-8")[:chars]
    except UnicodeDecodeError as error:
        # A character cut in two by the slice is fine; a bad byte before that means binary.
        if len(head) < len(data) and error.start >= len(head) - 3:
            return head[: error.start].decode("utf-8")[:chars]
        return None


@app.get("/", response_class=HTMLResponse)
def form() -> str:
    return FORM


@app.post("/upload")
async def upload(
    files: Annotated[list[UploadFile], File(description="one or more files")],
) -> list[dict[str, Any]]:
    described = []
    for file in files:
        data = await read_limited(file)
        described.append(
            {
                "filename": file.filename,
                "content_type": file.content_type,
                "size": len(data),
                "sha256": hashlib.sha256(data).hexdigest(),
                "text_preview": text_preview(data),
            }
        )
    return described


@app.post("/echo")
async def echo(file: UploadFile) -> Response:
    data = await read_limited(file)
    # filename*= with percent-encoding carries any file name safely inside the header.
    disposition = f"attachment; filename*=UTF-8''{quote(file.filename or 'file')}"
    media_type = file.content_type or "application/octet-stream"
    return Response(data, media_type=media_type, headers={"Content-Disposition": disposition})
