for x in y:
    if x:
        break
    elif y:
        continue
    else:
        pass
while True:
    try:
        continue
    finally:
        break
