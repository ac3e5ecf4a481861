# String building: += on a growing string, f-strings, str(), join and split.
def main():
    s = ""
    parts = []
    for i in range(300_000):
        s += str(i)
        parts.append(f"{i}:{i * 2}")
    joined = ",".join(parts)
    fields = joined.split(",")
    print(len(s), len(joined), len(fields), fields[-1])


main()
