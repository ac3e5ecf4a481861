# Fails: a ValueError raised four calls deep; the traceback lists every frame from <module> down.
def parse(text):
    return int(text)

def load_value(record):
    return parse(record["value"])

def load_all(records):
    total = 0
    for r in records:
        total += load_value(r)
    return total

def main():
    records = [{"value": "1"}, {"value": "2"}, {"value": "x3"}]
    print("loading", len(records), "records")
    print(load_all(records))

main()
