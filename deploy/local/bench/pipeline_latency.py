#!/usr/bin/env python3
"""End-to-end latency of the local stack: statement posted to ingest-service -> signed webhook received.

Warm (default): measures a running stack.
  deploy/local/bench/pipeline_latency.py STATEMENT.txt [--runs 20] [--group Leviathan] [--state JP]
      [--ingest http://127.0.0.1:8081] [--alert http://127.0.0.1:8083]
Cold: N times `stack down --purge`, `stack up`, then the first statement right away; prints each figure, then the
median and the maximum. The data directory is DELETED each time, so it must be named explicitly (a scratch one):
  deploy/local/bench/pipeline_latency.py STATEMENT.txt --cold 5 --data-dir /tmp/demarche-cold [--group APT40]
The stack's other DEMARCHE_* settings (ports, ...) are taken from the environment and passed on to `stack`; the
ingest and alert URLs default to DEMARCHE_INGEST_PORT / DEMARCHE_ALERT_PORT when those are set.

Only loopback addresses are used. Each run posts the statement with a unique trailing line (so ingest does not
deduplicate it), waits for the first webhook about that statement, checks its Standard Webhooks signature, and
records the delay (with --state, the delay until the webhook naming that state). The first run of each measurement also prints where the time went, from the timestamps the
services record (the statement's receivedAt, the alert's analyzedAt and createdAt). Standard library only.
"""
import argparse, base64, datetime, hashlib, hmac, http.server, json, os, statistics, subprocess, sys, threading, \
    time, urllib.request

STACK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "stack")

received = {}
lock = threading.Condition()


class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        with lock:
            received.setdefault("items", []).append((time.perf_counter(), time.time(), dict(self.headers), body))
            lock.notify_all()
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def call(method, url, payload=None):
    data = json.dumps(payload).encode() if payload is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        text = resp.read().decode()
        return resp.status, (json.loads(text) if text else None)


def verify(secret, headers, body):
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.{body.decode()}".encode()
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return any(sig == f"v1,{expected}" for sig in headers["webhook-signature"].split())


def epoch(instant):
    """Seconds since the epoch of an ISO-8601 instant as the services write it (Z, up to nanoseconds)."""
    whole, _, fraction = instant.rstrip("Z").partition(".")
    seconds = datetime.datetime.fromisoformat(whole).replace(tzinfo=datetime.timezone.utc).timestamp()
    return seconds + (float("0." + fraction) if fraction else 0.0)


def hops(a, timing, statement_id, alert):
    """Milliseconds spent between the timestamps that the request, the services and the receiver recorded."""
    _, stored = call("GET", f"{a.ingest}/statements/{statement_id}")
    marks = [("post", timing["posted"]), ("ingest receivedAt", epoch(stored["receivedAt"])),
             ("ingest answered", timing["answered"]), ("analysis analyzedAt", epoch(alert["analyzedAt"])),
             ("alert createdAt", epoch(alert["createdAt"])), ("webhook received", timing["webhook"])]
    return " | ".join(f"{name} +{(at - marks[0][1]) * 1000:.0f}" for name, at in marks[1:])


def measure(a, text, runs, label):
    """Subscribes a local receiver, posts `runs` statements one after the other, returns the delays in ms."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hook = f"http://127.0.0.1:{server.server_address[1]}/hook"
    _, sub = call("POST", f"{a.alert}/subscriptions",
                  {"name": "latency benchmark", "webhookUrl": hook,
                   "filter": {"groups": [a.group], "attributors": [], "sponsors": [], "kinds": []}})
    delays, bad = [], 0
    try:
        for run in range(runs):
            with lock:
                received["items"] = []
            t0, posted = time.perf_counter(), time.time()
            status, accepted = call("POST", f"{a.ingest}/statements",
                                    {"text": f"{text}\n[benchmark run {time.time_ns()}-{run}]",
                                     "publisher": "Le Hautpanel"})
            answered = time.time()

            def first_for_statement():
                return [item for item in received["items"]
                        if json.loads(item[3]).get("statementId") == accepted["id"]
                        and a.state in (None, json.loads(item[3]).get("state"))]

            with lock:
                if not lock.wait_for(first_for_statement, timeout=30):
                    sys.exit(f"run {run}: no webhook within 30 s (ingest answered {status})")
                t1, at, headers, body = first_for_statement()[0]
            headers = {k.lower(): v for k, v in headers.items()}
            bad += not verify(sub["secret"], headers, body)
            delays.append((t1 - t0) * 1000)
            alert = json.loads(body)
            if run == 0:
                print(f"{label}first webhook: state={alert.get('state')} group={alert.get('group')} "
                      f"sponsor={alert.get('sponsor')} kind={alert.get('kind')} stance={alert.get('stance')}")
                print(f"{label}where the first one's {delays[0]:.0f} ms went (ms since post): "
                      + hops(a, {"posted": posted, "answered": answered, "webhook": at}, accepted["id"], alert))
    finally:
        call("DELETE", f"{a.alert}/subscriptions/{sub['id']}")
        server.shutdown()
    if bad:
        sys.exit(f"{bad} webhook(s) with a bad signature")
    return delays


def load_average():
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def stack(env, *args):
    result = subprocess.run([STACK, *args], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"stack {' '.join(args)} failed:\n{result.stdout}{result.stderr}")


def cold(a, text):
    """Each sample: a purged, freshly started stack and its very first statement."""
    env = dict(os.environ, DEMARCHE_DATA_DIR=os.path.abspath(a.data_dir))
    figures = []
    try:
        for sample in range(a.cold):
            stack(env, "down", "--purge")
            started = time.perf_counter()
            stack(env, "up")
            up = time.perf_counter() - started
            load = load_average()
            delay = measure(a, text, 1, f"cold {sample + 1}: ")[0]
            figures.append(delay)
            print(f"cold {sample + 1}/{a.cold}: first statement post->webhook {delay:.0f} ms "
                  f"(stack up took {up:.1f} s; load average {load})", flush=True)
    finally:
        stack(env, "down", "--purge")
    print(f"cold samples={len(figures)} first statement post->webhook ms: median={statistics.median(figures):.0f} "
          f"max={max(figures):.0f} (load average now {load_average()})")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("statement", help="file with the statement text")
    ap.add_argument("--runs", type=int, default=20, help="statements posted one after the other (warm mode)")
    ap.add_argument("--group", default="Leviathan", help="threat group the benchmark subscription filters on")
    ap.add_argument("--state", help="wait for the webhook naming this state (e.g. JP), not just the first one")
    ap.add_argument("--ingest", default=f"http://127.0.0.1:{os.environ.get('DEMARCHE_INGEST_PORT', '8081')}")
    ap.add_argument("--alert", default=f"http://127.0.0.1:{os.environ.get('DEMARCHE_ALERT_PORT', '8083')}")
    ap.add_argument("--cold", type=int, metavar="N", help="N cold samples: purge, stack up, first statement")
    ap.add_argument("--data-dir", help="scratch stack data directory for --cold (deleted before every sample)")
    a = ap.parse_args()
    text = open(a.statement, encoding="utf-8").read()
    if a.cold is not None:
        if not 1 <= a.cold <= 100:
            sys.exit("--cold must be between 1 and 100")
        if not a.data_dir:
            sys.exit("--cold deletes the stack's data directory each time: name a scratch one with --data-dir")
        cold(a, text)
        return
    if not 1 <= a.runs <= 1000:
        sys.exit("--runs must be between 1 and 1000")
    delays = sorted(measure(a, text, a.runs, ""))
    print(f"runs={len(delays)} bad_signatures=0 post->webhook ms: min={delays[0]:.0f} median={statistics.median(delays):.0f} "
          f"p95={delays[int(0.95 * (len(delays) - 1))]:.0f} max={delays[-1]:.0f} (load average {load_average()})")


if __name__ == "__main__":
    main()
