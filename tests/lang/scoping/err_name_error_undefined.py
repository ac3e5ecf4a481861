# Fails: NameError for a name that is nothing like any defined name (no suggestion is added).
print("before")
print(zzqqxx_undefined)
