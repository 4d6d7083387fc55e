"""The load test's widget client reads a click's outcome from the form's status line only."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from flexwork_bench.loadtest import WidgetClient


def client_with(messages: list[dict[str, Any]]) -> WidgetClient:
    client = WidgetClient(port=0, kernel_id="k")
    client.models = {
        "status": {"_dom_classes": ["fw-status"], "value": ""},
        "notice": {"_dom_classes": ["fw-elsewhere-box"], "value": ""},
        "button": {"_model_name": "ButtonModel"},
    }
    queue = list(messages)

    async def send(*_args: Any, **_kwargs: Any) -> None:
        return None

    async def receive(deadline: float) -> dict[str, Any]:
        if not queue or time.monotonic() > deadline:
            raise TimeoutError("no answer from the kernel in time")
        return queue.pop(0)

    client.send = send  # type: ignore[method-assign]
    client.receive = receive  # type: ignore[method-assign]
    return client


def update(comm_id: str, value: str) -> dict[str, Any]:
    return {
        "msg_type": "comm_msg",
        "content": {"comm_id": comm_id, "data": {"method": "update", "state": {"value": value}}},
    }


ELSEWHERE = '<div class="fw-error fw-elsewhere" role="alert">Endret i et annet vindu</div>'


def test_another_windows_notice_is_not_the_forms_outcome() -> None:
    # Another participant (the same user) saved first: the notice shows, then this save succeeds.
    client = client_with([update("notice", ELSEWHERE), update("status", '<div class="fw-ok">Lagret</div>')])
    assert asyncio.run(client.click_and_wait("button", 5)) == "ok"


def test_an_error_in_the_status_line_is_the_forms_outcome() -> None:
    client = client_with([update("status", '<div class="fw-error" role="alert">Mangler rolle</div>')])
    assert asyncio.run(client.click_and_wait("button", 5)) == "error"


def test_a_status_line_made_by_the_click_counts() -> None:
    opened = {
        "msg_type": "comm_open",
        "content": {"comm_id": "new", "data": {"state": {"_dom_classes": ["fw-status"], "value": ""}}},
    }
    client = client_with([opened, update("new", '<div class="fw-ok">Lagret</div>')])
    assert asyncio.run(client.click_and_wait("button", 5)) == "ok"
