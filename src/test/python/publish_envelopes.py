#!/usr/bin/python3
"""Publishes fedmsg envelopes with libzmq (pyzmq), the way fedmsg's own publishers do.

Usage: publish_envelopes.py <bind endpoint> <envelope.json>...

Binds an XPUB socket, waits (up to 60 s) until a subscriber has subscribed, then sends each
envelope as the two frames [topic, JSON] and exits once they are flushed.
"""
import json
import sys

import zmq


def main():
    endpoint, files = sys.argv[1], sys.argv[2:]
    context = zmq.Context()
    socket = context.socket(zmq.XPUB)
    socket.setsockopt(zmq.RCVTIMEO, 60000)
    socket.bind(endpoint)
    socket.recv()  # the subscription: from now on nothing sent is lost to the slow joiner
    for name in files:
        with open(name, encoding="utf-8") as envelope_file:
            envelope = envelope_file.read()
        socket.send_multipart([json.loads(envelope)["topic"].encode("utf-8"), envelope.encode("utf-8")])
    socket.close(linger=10000)
    context.term()
    print("published %d envelopes" % len(files))


if __name__ == "__main__":
    main()
