"""Answer now, work later: FastAPI runs BackgroundTasks after the response has been sent.

POST /reports queues a (deliberately slow) statistics report and answers 202 at once with the
report's URL; GET /reports/{id} shows its progress and, once done, the result.
"""

import asyncio
import statistics
import uuid
from datetime import UTC, datetime
from typing import Literal

from fastapi import BackgroundTasks, FastAPI, HTTPException, Response, status
from pydantic import BaseModel, Field

app = FastAPI(title="Background tasks")

MAX_KEPT = 1000


class ReportRequest(BaseModel):
    numbers: list[float] = Field(min_length=1, max_length=10_000)
    delay_seconds: float = Field(
        default=2, ge=0, le=30, description="how long the pretend work takes"
    )


class Summary(BaseModel):
    count: int
    mean: float
    median: float
    stdev: float
    min: float
    max: float


class Report(BaseModel):
    id: str
    status: Literal["queued", "running", "done", "failed"]
    created_at: datetime
    finished_at: datetime | None = None
    result: Summary | None = None
    error: str | None = None


# In memory, so reports vanish on redeploy, and the work dies with the process. For jobs that
# must survive that, store them in MongoDB and let a worker pick them up.
reports: dict[str, Report] = {}


async def build_report(report: Report, request: ReportRequest) -> None:
    # An `async def` task runs on the event loop after the response; a plain `def` would run in
    # a thread. Either way it must catch its own errors: there is no client left to answer.
    report.status = "running"
    try:
        await asyncio.sleep(
            request.delay_seconds
        )  # stands in for slow work: an API call, a big query
        numbers = request.numbers
        report.result = Summary(
            count=len(numbers),
            mean=statistics.fmean(numbers),
            median=statistics.median(numbers),
            stdev=statistics.stdev(numbers) if len(numbers) > 1 else 0.0,
            min=min(numbers),
            max=max(numbers),
        )
        report.status = "done"
    except Exception as error:
        report.status, report.error = "failed", str(error)
    finally:
        report.finished_at = datetime.now(UTC)


@app.post("/reports", status_code=status.HTTP_202_ACCEPTED)
def create_report(
    request: ReportRequest, background: BackgroundTasks, response: Response
) -> Report:
    report = Report(id=uuid.uuid4().hex, status="queued", created_at=datetime.now(UTC))
    reports[report.id] = report
    if len(reports) > MAX_KEPT:
        del reports[next(iter(reports))]  # dicts keep insertion order: this is the oldest
    background.add_task(build_report, report, request)
    response.headers["Location"] = f"/reports/{report.id}"
    return report  # sent now, while the report is still "queued"


@app.get("/reports")
def list_reports() -> list[Report]:
    return list(reports.values())[-20:][::-1]


@app.get("/reports/{report_id}")
def get_report(report_id: str) -> Report:
    if report_id not in reports:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such report")
    return reports[report_id]
