#!/usr/bin/env python3
"""Time from start to the dashboard's first frame, and its peak memory.

Runs the real binary in a pseudo-terminal (120x40), measures until the
Overview's "Overall index" block has been drawn (the overall index and tier
are computed by then), presses q, and reads the peak RSS that GNU time
reports. Prints every sample and the medians.

    python3 scripts/bench-dashboard.py FILE [RUNS]
"""
import fcntl, os, pty, select, statistics, struct, sys, termios, time

BIN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "target", "release", "cyberindex")
MARKER = b"Overall index"


def once(path):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.environ["TERM"] = "xterm-256color"
        os.execv("/usr/bin/time", ["/usr/bin/time", "-f", "MAXRSS %M", BIN, path])
    out, first = b"", None
    while True:
        ready, _, _ = select.select([fd], [], [], 20)
        if not ready:
            os.kill(pid, 9)
            raise SystemExit("no output for 20 s")
        try:
            chunk = os.read(fd, 1 << 16)
        except OSError:  # EIO: the child side closed
            break
        if not chunk:
            break
        out += chunk
        if first is None and MARKER in out:
            first = time.perf_counter() - start
            os.write(fd, b"q")
    os.waitpid(pid, 0)
    rss = int(out.rsplit(b"MAXRSS ", 1)[1].split()[0]) / 1024
    return first, rss


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    once(path)  # warm the page cache and the binary
    samples = [once(path) for _ in range(runs)]
    for i, (t, m) in enumerate(samples, 1):
        print(f"  run {i}: first frame {t * 1000:7.1f} ms   peak RSS {m:6.1f} MiB")
    print(f"median: first frame {statistics.median(t for t, _ in samples) * 1000:.1f} ms, "
          f"peak RSS {statistics.median(m for _, m in samples):.1f} MiB "
          f"({os.cpu_count()} CPUs, {path})")


if __name__ == "__main__":
    main()
