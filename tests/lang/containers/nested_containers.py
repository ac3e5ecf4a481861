# Checks building and mutating nested containers: dict of lists, list of dicts, dict of dicts, equality of nested values.
db = {"alice": {"age": 30, "tags": ["admin"]}, "bob": {"age": 25, "tags": []}}
db["bob"]["tags"].append("dev")
db["carol"] = {"age": 35, "tags": ["dev", "ops"]}
print(db)
for name, info in db.items():
    print(name, info["age"], len(info["tags"]))
print(sorted(db, key=lambda n: db[n]["age"]))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in matrix])
print([[matrix[j][i] for j in range(3)] for i in range(3)])
matrix[1][1] = 0
print(matrix)
rows = [{"id": 1, "v": [1, 2]}, {"id": 2, "v": [3]}]
print(rows == [{"v": [1, 2], "id": 1}, {"id": 2, "v": [3]}])
print(rows == [{"id": 1, "v": [1, 2]}, {"id": 2, "v": [3, 4]}])
print([1, [2, (3, {4: 5})]] == [1, [2, (3, {4: 5})]])
print({1: [1, 2]} == {1: (1, 2)})
print({frozenset({1}): [{2}]})
print({(1, 2): [3, {4}]})
print(len(db), sum([len(v["tags"]) for v in db.values()]))
