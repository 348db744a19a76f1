"""A stand-in for the conformance suite: an HTTP server or a TCP listener that writes 'start NAME' to the trace once it
listens and 'stop NAME' when it is asked to end (SIGTERM or SIGINT). Usage: standin.py NAME http|port PORT TRACE"""
import http.server
import os
import signal
import socket
import sys

name, kind, port, trace = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]


def note(word):
    with open(trace, "a") as f:
        f.write(word + " " + name + "\n")


def stop(*_):
    note("stop")
    os._exit(0)


signal.signal(signal.SIGTERM, stop)
signal.signal(signal.SIGINT, stop)
if kind == "http":
    class Ok(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    http.server.HTTPServer.allow_reuse_address = True
    server = http.server.HTTPServer(("127.0.0.1", port), Ok)
    note("start")
    server.serve_forever()
else:
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", port))
    s.listen(16)
    note("start")
    while True:
        c, _ = s.accept()
        c.close()
