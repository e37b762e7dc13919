#!/usr/bin/env python3
"""Start-up time of the packaged analysis-service, from process launch to ready and to the first analysis.

  deploy/local/bench/analysis_startup.py [--runs 5] [--java-opts "-XX:SharedArchiveFile=app-cds.jsa"]
      [--bootstrap 127.0.0.1:9092] [--jar analysis-service/target/quarkus-app/quarkus-run.jar]
  # alternate variants (another JVM option, another package) so that they share the machine's load:
  deploy/local/bench/analysis_startup.py --runs 5 --variant plain= --variant cds=-XX:SharedArchiveFile=app-cds.jsa \
      --variant old:/tmp/old-quarkus-app/quarkus-run.jar=
  # on a shared machine, wait before each launch until the other processes leave the cores nearly idle:
  deploy/local/bench/analysis_startup.py --runs 5 --quiet 0.1

Without --bootstrap it first starts the embedded KRaft broker of local-infra (local-infra/target, as the local
stack does) on free loopback ports in a temporary directory, waits until it has created the topics, and stops it
at the end; the broker runs through all the launches, so they measure the service only. Each run launches
`java [options] -jar quarkus-run.jar` from the package's directory (prod profile, like deploy/local/stack) on a free
port and records, from the launch:
  started   the `started in` line of the log (Quarkus up, Kafka clients created, HTTP listening)
  ready     the first `GET /q/health/ready` answering UP: the analyzer built, the warm-up statements analysed, the
            Kafka producer connected and the consumer's partitions assigned. This is "ready".
  post      the first `POST /analysis` answered 200 (a request is sent every 20 ms from the launch on)
then the CPU time the process had used when it became ready (user + system, all threads: the figure that least
depends on the neighbours' load), the analyzer's own `built in` and `Warmed up in` figures, the latency of the first
request that was answered, and of one `POST /analysis` right after ready, the 1-minute load average at launch, and
`others %`: the share of all cores that processes other than the service used from launch to ready (the broker's
work for the service included), which tells a run skewed by a neighbour from a slow one.
The service is stopped with SIGTERM (it leaves its consumer group) before the next run. The median and maximum
follow. Only loopback addresses are used. Standard library only.
"""
import argparse, json, os, re, signal, socket, statistics, subprocess, sys, tempfile, threading, time, \
    urllib.error, urllib.request

REPO = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
INFRA = os.path.join(REPO, "local-infra", "target")
STATEMENT = {
    "text": "The Government of Canada assesses that it is highly likely that APT40, a cyber espionage group "
            "sponsored by the Ministry of State Security of the People's Republic of China, compromised the "
            "networks of several Canadian research institutes. Canada condemns this malicious cyber activity.",
    "publisher": "Global Affairs Canada",
}
POLL = 0.02
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_broker(data_dir):
    port, controller = free_port(), free_port()
    classpath = os.path.join(INFRA, "lib", "*") + os.pathsep + os.path.join(INFRA, "demarche-local-infra-0.1.0-SNAPSHOT.jar")
    if not os.path.isdir(os.path.join(INFRA, "lib")):
        sys.exit(f"no {INFRA}/lib: build local-infra first (./mvnw -B -o -q -pl local-infra package -DskipTests)")
    log = open(os.path.join(data_dir, "kafka.log"), "w")
    broker = subprocess.Popen(["java", "-Xmx96m", "-Dorg.slf4j.simpleLogger.log.org.apache.kafka=warn", "-cp", classpath,
                               "org.demarche.infra.kafka.KafkaMain", "--data-dir", os.path.join(data_dir, "kafka"),
                               "--port", str(port), "--controller-port", str(controller)],
                              stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        with open(log.name) as f:
            if "Kafka ready" in f.read():
                return broker, f"127.0.0.1:{port}"
        if broker.poll() is not None:
            sys.exit(f"the broker exited; see {log.name}")
        time.sleep(0.2)
    broker.terminate()
    sys.exit(f"the broker was not ready after 180 s; see {log.name}")


def stop(process, timeout=30):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def http(method, url, body=None, timeout=10):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()
    except (OSError, urllib.error.URLError):
        return None, None


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def cpu_times():
    """All cores' (total, busy) time so far in clock ticks, from /proc/stat; idle and iowait are not busy."""
    with open("/proc/stat") as f:
        values = [int(v) for v in f.readline().split()[1:]]
    return sum(values), sum(values) - values[3] - values[4]


def machine_busy(seconds=1.0):
    """The fraction of all cores' time spent busy over the next `seconds`."""
    total, busy = cpu_times()
    time.sleep(seconds)
    total2, busy2 = cpu_times()
    return (busy2 - busy) / max(1, total2 - total)


def await_quiet(limit, patience):
    """Waits until the machine has been nearly idle for two consecutive seconds; False if it never was."""
    deadline = time.monotonic() + patience
    calm = 0
    while time.monotonic() < deadline:
        calm = calm + 1 if machine_busy() < limit else 0
        if calm >= 2:
            return True
    return False


def one_run(a, java, jar, java_opts, bootstrap, log_path):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = dict(os.environ, QUARKUS_HTTP_PORT=str(port), KAFKA_BOOTSTRAP_SERVERS=bootstrap)
    figures = {"load": os.getloadavg()[0]}
    done = threading.Event()
    log = open(log_path, "w")
    machine_at_launch = cpu_times()
    launch = time.perf_counter()
    # from the application's directory, as deploy/local/stack and the image do: an AppCDS archive only matches the
    # relative class path it was recorded with
    service = subprocess.Popen([java, *java_opts.split(), "-jar", os.path.basename(jar)],
                               cwd=os.path.dirname(jar), env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, start_new_session=True)

    def read_log():
        for line in service.stdout:
            log.write(line)
            if "started in" in line and "started" not in figures:
                figures["started"] = time.perf_counter() - launch
            if m := re.search(r"Analyzer \S+ built in (\d+) ms", line):
                figures["built ms"] = int(m.group(1))
            if m := re.search(r"Warmed up in (\d+) ms", line):
                figures["warm-up ms"] = int(m.group(1))
            if "Unable to use shared archive" in line:
                figures["cds unusable"] = True
        log.close()

    def first_post():
        while not done.is_set() and service.poll() is None:
            sent = time.perf_counter()
            status, _ = http("POST", f"{base}/analysis", STATEMENT, timeout=a.timeout)
            if status == 200:
                figures["post"] = time.perf_counter() - launch
                figures["first post ms"] = (time.perf_counter() - sent) * 1000
                return
            time.sleep(POLL)

    reader = threading.Thread(target=read_log, daemon=True)
    poster = threading.Thread(target=first_post, daemon=True)
    reader.start()
    poster.start()
    try:
        deadline = launch + a.timeout
        while time.perf_counter() < deadline:
            if service.poll() is not None:
                raise RuntimeError(f"the service exited with {service.returncode}; see {log_path}")
            status, body = http("GET", f"{base}/q/health/ready", timeout=5)
            if status == 200 and json.loads(body).get("status") == "UP":
                figures["ready"] = time.perf_counter() - launch
                figures["cpu s"] = cpu_seconds(service.pid)
                total, busy = (now - then for now, then in zip(cpu_times(), machine_at_launch))
                figures["others %"] = max(0.0, 100 * (busy - figures["cpu s"] * CLOCK_TICKS) / max(1, total))
                break
            time.sleep(POLL)
        else:
            raise RuntimeError(f"not ready within {a.timeout} s; see {log_path}")
        poster.join(a.timeout)
        sent = time.perf_counter()
        status, _ = http("POST", f"{base}/analysis", STATEMENT, timeout=a.timeout)
        if status != 200:
            raise RuntimeError(f"POST /analysis after ready answered {status}; see {log_path}")
        figures["post after ready ms"] = (time.perf_counter() - sent) * 1000
    finally:
        done.set()
        stop(service)
        reader.join(10)
    return figures


COLUMNS = [("started", "s"), ("ready", "s"), ("post", "s"), ("cpu s", "s"), ("built ms", "ms"),
           ("warm-up ms", "ms"), ("first post ms", "ms"), ("post after ready ms", "ms"), ("load", ""),
           ("others %", "%")]


def show(label, figures):
    cells = []
    for name, unit in COLUMNS:
        value = figures.get(name)
        text = "-" if value is None else (f"{value:.0f}" if unit in ("ms", "%") else f"{value:.2f}")
        cells.append(f"{name} {text}")
    print(f"{label:>14}  " + " | ".join(cells), flush=True)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=5, help="launches (of each variant)")
    p.add_argument("--jar", default=os.path.join(REPO, "analysis-service", "target", "quarkus-app", "quarkus-run.jar"))
    p.add_argument("--java-opts", default="", help="JVM options before -jar, e.g. -XX:SharedArchiveFile=app-cds.jsa")
    p.add_argument("--variant", action="append", metavar="NAME[:JAR]=JAVA_OPTS",
                   help="compare variants (repeatable; another package with :JAR): their runs alternate, so they "
                        "share the same machine load")
    p.add_argument("--java", action="append", default=[], metavar="NAME=JAVA",
                   help="the java binary of variant NAME (repeatable; default: java on the PATH), e.g. "
                        "aot=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java")
    p.add_argument("--bootstrap", help="a running broker with the topics; default: start local-infra's")
    p.add_argument("--timeout", type=float, default=120, help="seconds a run may take to become ready")
    p.add_argument("--quiet", type=float, metavar="FRACTION",
                   help="before each launch, wait until other processes use less than this fraction of the cores "
                        "(e.g. 0.1) for two seconds running, so that builds and benchmarks elsewhere do not skew it")
    p.add_argument("--quiet-patience", type=float, default=300, help="seconds to wait for quiet before running anyway")
    p.add_argument("--keep-logs", help="directory to keep each run's service log in")
    a = p.parse_args()
    if not 1 <= a.runs <= 50:
        sys.exit("--runs must be between 1 and 50")
    variants = []
    for spec in a.variant or [f"={a.java_opts}"]:
        name_and_jar, _, opts = spec.partition("=")
        name, _, jar = name_and_jar.partition(":")
        variants.append((name, os.path.abspath(jar or a.jar), opts))
    javas = dict(spec.partition("=")[::2] for spec in a.java)
    unknown = set(javas) - {name for name, _, _ in variants}
    if unknown:
        sys.exit(f"--java names no variant: {', '.join(sorted(unknown))}")
    for _, jar, _ in variants:
        if not os.path.isfile(jar):
            sys.exit(f"no {jar}: package analysis-service first (./mvnw -B -o -q -pl analysis-service package -DskipTests)")
    with tempfile.TemporaryDirectory(prefix="analysis-startup-") as scratch:
        logs = a.keep_logs or scratch
        os.makedirs(logs, exist_ok=True)
        broker = None
        bootstrap = a.bootstrap
        if bootstrap is None:
            broker, bootstrap = start_broker(scratch)
            print(f"broker {bootstrap} (local-infra KafkaMain)", flush=True)
        print(f"{a.runs} launches of each on {os.cpu_count()} cores; seconds from launch", flush=True)
        for name, jar, opts in variants:
            print(f"  {name or 'run'}: cd {os.path.dirname(jar)} && {javas.get(name, 'java')} {opts} -jar "
                  f"{os.path.basename(jar)}", flush=True)
        runs = {name: [] for name, _, _ in variants}
        try:
            for i in range(a.runs):
                for name, jar, opts in variants:
                    log = os.path.join(logs, f"analysis-service-{name or 'run'}-{i + 1}.log")
                    if a.quiet is not None and not await_quiet(a.quiet, a.quiet_patience):
                        print(f"        the machine stayed busy for {a.quiet_patience:.0f} s; running anyway", flush=True)
                    figures = one_run(a, javas.get(name, "java"), jar, opts, bootstrap, log)
                    runs[name].append(figures)
                    show(f"{name} {i + 1}".strip(), figures)
                    if figures.get("cds unusable"):
                        print("        the JVM could not use the AppCDS archive; see " + log, flush=True)
        finally:
            if broker is not None:
                stop(broker)
        for name, _, _ in variants:
            for label, f in (("median", statistics.median), ("max", max)):
                show(f"{name} {label}".strip(), {c: f([r[c] for r in runs[name] if c in r]) for c, _ in COLUMNS
                                                 if any(c in r for r in runs[name])})


if __name__ == "__main__":
    main()
