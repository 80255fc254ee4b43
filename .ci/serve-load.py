"""A bounded load test of `clausier serve`: 200 uploads, 8 at a time, no failed
request, and the server's memory after 200 uploads within 1.5x of after 20.
Usage: serve-load.py URL PID FILE"""
import concurrent.futures, sys, urllib.request, uuid

url, pid, path = sys.argv[1], sys.argv[2], sys.argv[3]
data = open(path, "rb").read()
name = path.rsplit("/", 1)[-1]


def upload(_):
    boundary = uuid.uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"document\"; "
            f"filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").encode()
    body += data + f"\r\n--{boundary}--\r\n".encode()
    req = urllib.request.Request(url + "review", data=body, method="POST",
                                 headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    with urllib.request.urlopen(req, timeout=60) as r:
        page = r.read()
        return r.status == 200 and b"th scope=\"row\"" in page


def rss():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])


def run(n):
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        return sum(not ok for ok in pool.map(upload, range(n)))


failed = run(20)
after_20 = rss()
failed += run(180)
after_200 = rss()
print(f"load: 200 uploads, {failed} failed; memory {after_20} KiB after 20, {after_200} KiB after 200")
if failed or after_200 > 1.5 * after_20:
    sys.exit(1)
