"""`flexwork workshop`: start the workshop hub (JupyterHub) for a facilitator and participants.

`flexwork serve` stays the one-person app on 127.0.0.1; this is for a room: every participant
gets their own server and their own saved state, the facilitator sees the anonymised dashboard.
"""

from __future__ import annotations

import argparse
import signal
import sys


def cmd_workshop(args: argparse.Namespace) -> int:
    """`flexwork workshop`: start the workshop hub and print how participants join."""
    # inside the function, as the other commands do: `flexwork ask` does not load the hub
    from advisor.app.hub import launch
    from advisor.app.texts import ui
    from advisor.cli.common import settings_from
    from advisor.retrieval.index import IndexFiles

    settings = settings_from(args)
    lang = settings.language
    if not IndexFiles(settings.index_dir).passages.is_file():
        print(ui("workshop.cli.no_index", lang), file=sys.stderr)
        return 2
    for port in (args.port, args.port + 1, args.port + 2):
        if not _port_free(args.ip, port):
            print(ui("workshop.cli.port_busy", lang, port=port), file=sys.stderr)
            return 2
    try:
        workshop = launch.prepare(
            settings,
            ip=args.ip,
            port=args.port,
            facilitator=args.facilitator,
            title=args.title,
            new=args.new,
            mem_limit=args.mem_limit,
            cpu_limit=args.cpu_limit,
            cull_timeout=args.cull_minutes * 60,
        )
    except ValueError:
        print(ui("workshop.cli.bad_name", lang, name=args.facilitator), file=sys.stderr)
        return 2
    log = workshop.plan_file.with_name("hub.log")
    proc = launch.start(workshop, log=log)

    def stop(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        if not launch.wait_ready(workshop, timeout=120, proc=proc):
            print(ui("workshop.cli.failed", lang, log=log), file=sys.stderr)
            return 1
        lan = launch.lan_address() if args.ip == "0.0.0.0" else None
        room_url = f"http://{lan}:{args.port}/" if lan else workshop.url
        print(
            ui(
                "workshop.cli.running",
                lang,
                url=room_url,
                local=workshop.url,
                code=workshop.code,
                facilitator=workshop.facilitator,
                secret=workshop.secret,
                log=log,
            ),
            flush=True,
        )
        return proc.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        launch.stop(proc, workshop)


def _port_free(ip: str, port: int) -> bool:
    import socket

    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((ip if ip != "0.0.0.0" else "", port))
        except OSError:
            return False
    return True


def register(sub: argparse._SubParsersAction) -> None:
    """Add `flexwork workshop` to the parser."""
    p = sub.add_parser(
        "workshop",
        help="start the workshop hub (JupyterHub): a facilitator and participants, each with their own server",
    )
    p.add_argument(
        "--ip",
        default="0.0.0.0",
        help="address participants connect to (default: every interface of this machine; "
        "127.0.0.1 for this machine only)",
    )
    p.add_argument(
        "--port",
        type=int,
        default=8090,
        help="public port (default 8090); the hub's own API and the proxy's use the next two",
    )
    p.add_argument("--facilitator", default="fasilitator", help="the facilitator's user name (admin)")
    p.add_argument("--title", default="", help="the workshop's title, shown on the login page and dashboard")
    p.add_argument("--new", action="store_true", help="a new workshop code (default: reuse the last one)")
    p.add_argument("--mem-limit", default="1G", help="memory per participant (enforced where cgroups allow)")
    p.add_argument("--cpu-limit", type=float, default=1.0, help="CPUs per participant (enforced where cgroups allow)")
    p.add_argument("--cull-minutes", type=int, default=60, help="stop a participant's server after this long idle")
    p.set_defaults(func=cmd_workshop)
