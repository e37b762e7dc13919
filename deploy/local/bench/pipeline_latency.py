#!/usr/bin/env python3
"""End-to-end latency of a running local stack: statement posted to ingest-service -> signed webhook received.

Usage: deploy/local/bench/pipeline_latency.py STATEMENT.txt [--runs 20] [--group Leviathan]
       [--ingest http://127.0.0.1:8081] [--alert http://127.0.0.1:8083]
Only loopback addresses are used. Each run posts the statement with a unique trailing line (so ingest does not
deduplicate it), waits for the first webhook about that statement, checks its Standard Webhooks signature, and records the delay.
Standard library only.
"""
import argparse, base64, hashlib, hmac, http.server, json, statistics, sys, threading, time, urllib.request

received = {}
lock = threading.Condition()


class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        with lock:
            received.setdefault("items", []).append((time.perf_counter(), dict(self.headers), body))
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("statement")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--group", default="Leviathan")
    ap.add_argument("--ingest", default="http://127.0.0.1:8081")
    ap.add_argument("--alert", default="http://127.0.0.1:8083")
    a = ap.parse_args()
    if not 1 <= a.runs <= 1000:
        sys.exit("--runs must be between 1 and 1000")
    text = open(a.statement, encoding="utf-8").read()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    hook = f"http://127.0.0.1:{server.server_address[1]}/hook"
    _, sub = call("POST", f"{a.alert}/subscriptions",
                  {"name": "latency benchmark", "webhookUrl": hook,
                   "filter": {"groups": [a.group], "attributors": [], "sponsors": [], "kinds": []}})
    delays, bad = [], 0
    try:
        for run in range(a.runs):
            with lock:
                received["items"] = []
            t0 = time.perf_counter()
            status, accepted = call("POST", f"{a.ingest}/statements",
                                    {"text": f"{text}\n[benchmark run {time.time_ns()}-{run}]",
                                     "publisher": "Le Hautpanel"})

            def first_for_statement():
                return [item for item in received["items"]
                        if json.loads(item[2]).get("statementId") == accepted["id"]]

            with lock:
                if not lock.wait_for(first_for_statement, timeout=30):
                    sys.exit(f"run {run}: no webhook within 30 s (ingest answered {status})")
                t1, headers, body = first_for_statement()[0]
            headers = {k.lower(): v for k, v in headers.items()}
            bad += not verify(sub["secret"], headers, body)
            delays.append((t1 - t0) * 1000)
            alert = json.loads(body)
            if run == 0:
                print(f"first webhook: state={alert.get('state')} group={alert.get('group')} "
                      f"sponsor={alert.get('sponsor')} kind={alert.get('kind')} stance={alert.get('stance')}")
    finally:
        call("DELETE", f"{a.alert}/subscriptions/{sub['id']}")
        server.shutdown()
    delays.sort()
    print(f"runs={len(delays)} bad_signatures={bad} post->webhook ms: min={delays[0]:.0f} "
          f"median={statistics.median(delays):.0f} p95={delays[int(0.95 * (len(delays) - 1))]:.0f} max={delays[-1]:.0f}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
