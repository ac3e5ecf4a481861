for i in range(3):
    for j in range(3):
        while i:
            i -= 1
            if j:
                break
        else:
            continue
