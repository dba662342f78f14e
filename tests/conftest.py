import os

# Headless Qt: must be set before Qt is imported anywhere (engineering.md, fact 2).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
