    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


概    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


要    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


:    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


;    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


k    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


S    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


Y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


N    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


T    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


H    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


T    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


I    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


C    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


N    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


O    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


T    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


I    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


C    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


鳥    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


取    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


市    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


#    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


'    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


:    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


S    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


Y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


N    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


T    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


H    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


T    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


I    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


C    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


N    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


O    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


T    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


I    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


C    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


{    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


:    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


}    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


#    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


C    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


:    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


/    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


4    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


1    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


/    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


→    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


6    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


6    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


7    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


%    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


+    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


常    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


設    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


型    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


の    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


相    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


談    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


の    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


場    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


が    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


あ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


る    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


地    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


区    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


の    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


割    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


合    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


6    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


6    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


7    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


%    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


+    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


ポ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


イ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


ン    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


ト    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


目    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


標    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


を    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


達    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


成    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


し    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


た    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


指    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


標    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


/    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


あ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


と    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


ポ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


イ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


ン    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


ト    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


\    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


j    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


k    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


常    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


設    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


型    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


の    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


相    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


談    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


の    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


場    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


が    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


あ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


る    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


地    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


区    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


の    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


割    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


合    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


%    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


地    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


域    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


食    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


堂    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


が    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


あ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


る    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


小    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


学    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


校    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


区    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


の    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


割    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


合    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


5    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


%    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


指    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


標    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


:    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


常    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


設    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


型    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


の    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


相    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


談    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


の    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


場    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


が    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


あ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


る    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


地    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


区    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


の    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


割    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


合    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


地    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


域    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


食    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


堂    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


が    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


あ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


る    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


小    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


学    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


校    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


区    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


の    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


割    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


合    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


:    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


#    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


Ⅰ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


-    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


1    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


Ⅰ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


-    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


k    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


Ⅰ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


\    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


\    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


-    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


1    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


地    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


域    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


福    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


祉    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


活    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


動    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


の    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


推    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


進    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


<    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


Ⅰ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


\    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


\    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


-    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


子    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


ど    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


も    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


の    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


居    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


場    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


所    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


づ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


く    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


り    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


#    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


サ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


ロ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


ン    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


1    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


か    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


所    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


あ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


た    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


り    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


高    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


齢    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


者    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


数    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


4    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


:    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


「    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


—    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


」    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


サ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


ロ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


ン    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


1    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


か    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


所    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


あ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


た    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


り    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


高    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


齢    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


者    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


数    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


{    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


}    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


値    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


が    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


な    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


い    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


指    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


標    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


サ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


ロ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


ン    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


1    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


か    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


所    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


あ    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


た    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


り    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


高    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


齢    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


者    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


数    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


:    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


:    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


S    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


Y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


N    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


T    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


H    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


T    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


I    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


C    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


N    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


O    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


T    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


I    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


C    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


T    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


:    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


S    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


L    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


C    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


T    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


j    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


F    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


R    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


O    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


M    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


J    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


O    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


I    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


N    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


U    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


S    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


I    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


N    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


G    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


W    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


H    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


R    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


'    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


'    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


A    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


N    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


D    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


'    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


'    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


S    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


L    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


C    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


T    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


*    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


F    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


R    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


O    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


M    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


W    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


H    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


R    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


X    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


I    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


S    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


T    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


S    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


S    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


L    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


C    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


T    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


1    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


F    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


R    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


O    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


M    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


W    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


H    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


R    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


A    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


N    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


D    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


'    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


'    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


A    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


N    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


D    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


?    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


A    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


N    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


D    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


I    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


S    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


N    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


O    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


T    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


N    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


U    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


L    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


L    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


O    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


R    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


S    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


L    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


E    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


C    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


T    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


F    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


R    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


O    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


M    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


:    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


{    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


:    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


}    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


-    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


1    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


#    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


O    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


+    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


;    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


「    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


—    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


」    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


+    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


1    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


!    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


—    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


#    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


5    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


/    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


1    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


k    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


/    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


k    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


;    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


【    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


目    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


指    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


す    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


姿    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


】    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


\    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


j    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


k    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


{    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


}    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


以    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


内    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


に    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


住    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


む    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


6    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


5    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


歳    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


以    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


上    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


人    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


口    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


の    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


割    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


合    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


5    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


1    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


k    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


k    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


指    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


標    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


I    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


D    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


【    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


目    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


指    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


す    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


姿    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


】    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


#    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


「    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


-    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


」    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


:    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


z    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


±    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


g    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


:    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


+    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


-    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


±    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


:    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


1    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


1    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


3    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


4    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


5    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


6    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


7    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


8    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


9    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


:    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


h    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


±    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


2    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


p    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


d    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


x    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


k    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


w    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


"    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


.    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


c    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


=    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


f    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


o    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


m    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


v    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


l    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


(    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


b    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


_    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


y    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


e    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


a    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


r    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


s    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


0    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


[    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


1    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


]    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


,    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


     # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


u    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


n    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


i    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


t    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


)    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)



    # no red 「-0.00」: a change that rounds to zero reads ±0 (grey)
    zero = [m for m in at.metric if m.delta and is_zero_text(m.delta)]
    assert all(m.delta.startswith("±") for m in zero)


