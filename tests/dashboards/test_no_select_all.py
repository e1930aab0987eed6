"""No English 「Select all」 row in any multi-select (issue 21 §3): Streamlit adds it unless told not to."""
import pytest


@pytest.mark.parametrize("page", ["measures", "trends", "gap_map"])
def test_multiselects_have_no_select_all(fixture_wh, open_page, page):
    at = open_page(fixture_wh, page)
    assert not at.exception
    assert len(at.multiselect) >= 1
    # select_all is the size up to which Streamlit shows the row; 0 = never
    assert [m.proto.select_all for m in at.multiselect] == [0] * len(at.multiselect)
