"""次の拠点（シナリオ）: the exact solver's next sites, adjusted by hand, before → after (issue 20)."""
from __future__ import annotations

import streamlit as st

from indicators.dashboard import notes, ui
from indicators.errors import UserError
from indicators.reports import commands as report_commands
from indicators.services import exports, scenario_figures, scenarios

ui.banner()
st.title("次の拠点（シナリオ）")
st.caption("まだ徒歩圏に拠点がない人を最も多く新たにカバーする場所を、候補地の中から厳密に選びます"
           "（最大被覆立地問題。`welfare suggest` と同じ計算）。提案は手で足し引きでき、結果はすぐに更新されます。")

types = ui.query(scenarios.resource_type_options)
if types.empty:
    st.info("資源の種類がありません。`welfare build` でウェアハウスを構築してください。")
    st.stop()
labels = dict(zip(types["resource_type"], types["label_ja"]))
years = ui.query(scenarios.fiscal_year_options)

c1, c2, c3 = st.columns([2, 1.3, 1])
rtype = c1.selectbox("資源の種類", list(labels), format_func=labels.get, key="sc_type",
                     index=list(labels).index("community_cafeteria") if "community_cafeteria" in labels else 0)
group = c2.radio("対象の人口", list(scenarios.POP_LABEL), format_func=scenarios.POP_LABEL.get, key="sc_pop",
                 horizontal=True)
fy = c3.selectbox("年度", years[::-1], format_func=lambda y: f"{y}年度", key="sc_fy")
c4, c5, c6 = st.columns([1, 1, 2])
radius = c4.number_input("徒歩圏の半径（m、直線）", min_value=100, max_value=5000, value=1000, step=100, key="sc_radius")
n_sites = c5.number_input("新しい拠点の数（提案）", min_value=0, max_value=10, value=3, step=1, key="sc_n")
cand = c6.selectbox("候補地", list(scenarios.CANDIDATE_LABEL), format_func=scenarios.CANDIDATE_LABEL.get, key="sc_cand")

existing = ui.query(scenarios.existing_resources, rtype, fy)
with st.expander("既存の拠点を閉じる（仮定）", expanded=False):
    closed = st.multiselect(
        f"閉じる{labels[rtype]}", list(existing["resource_id"]), select_all=False, key=f"sc_close_{rtype}",
        format_func=dict(zip(existing["resource_id"], existing["name"] + "（" + existing["district_name"].fillna("地区不明") + "）")).get,
        placeholder="閉じる拠点を選ぶ")

try:
    suggested = ui.query(scenarios.suggest, rtype, group, float(radius), int(n_sites), cand, fy, tuple(closed)) \
        if n_sites else None
except UserError as exc:
    st.error(str(exc))
    suggested = None
solver_sites = scenarios.sites_of(suggested) if suggested is not None and len(suggested) else ()
if n_sites and suggested is not None and not len(suggested):
    st.info("新たにカバーできる人がいません（すでに全員が徒歩圏内か、候補地から届きません）。")

# hand-made changes live in the session (per resource type): added sites, dropped suggestions
hand_key = f"sc_hand_{rtype}"
st.session_state.setdefault(hand_key, [])
with st.expander("手で拠点を足す・外す（一覧・座標・地図のクリック）", expanded=False):
    h1, h2 = st.columns(2)
    pick_kind = h1.selectbox("一覧から選ぶ", ["schools", "centres", "lacking"], key="sc_pick_kind",
                             format_func=scenarios.CANDIDATE_LABEL.get)
    picks = ui.query(scenarios.candidate_sites, pick_kind, rtype, fy)
    pick = h1.selectbox("候補", list(picks["site_id"]), format_func=dict(zip(picks["site_id"], picks["site_name"])).get,
                        key="sc_pick", placeholder="候補を選ぶ", index=None)
    if h1.button("この場所を追加", key="sc_pick_add", disabled=pick is None):
        row = picks[picks["site_id"] == pick].iloc[0]
        site = (str(row["site_id"]), str(row["site_kind"]), str(row["site_name"]), float(row["lon"]), float(row["lat"]))
        if site not in st.session_state[hand_key]:
            st.session_state[hand_key].append(site)
    lat = h2.number_input("緯度", value=None, format="%.6f", key="sc_lat", placeholder="例 35.5011")
    lon = h2.number_input("経度", value=None, format="%.6f", key="sc_lon", placeholder="例 134.2351")
    if h2.button("座標で追加", key="sc_coord_add", disabled=lat is None or lon is None):
        st.session_state[hand_key].append(scenarios.hand_site(lon, lat))
    dropped = st.multiselect("提案から外す", [s[0] for s in solver_sites], select_all=False, key=f"sc_drop_{rtype}",
                             format_func=dict((s[0], s[2]) for s in solver_sites).get, placeholder="外す提案を選ぶ")
    if st.session_state[hand_key]:
        st.caption("手で足した拠点: " + "、".join(ui.md(s[2]) for s in st.session_state[hand_key]))
        if st.button("手で足した拠点をすべて消す", key="sc_clear"):
            st.session_state[hand_key] = []
            st.rerun()

added = tuple(s for s in solver_sites if s[0] not in set(dropped)) + tuple(st.session_state[hand_key])
scenario = scenarios.Scenario(resource_type=rtype, population_group=group, radius_m=float(radius), fiscal_year=fy,
                              added=added, closed=tuple(closed), candidates=cand, n_suggested=int(n_sites))
try:
    ev = ui.query(scenarios.evaluate, scenario)
except UserError as exc:
    st.error(str(exc))
    st.stop()

ev_note = ui.notice()
st.subheader("指標：現状 → シナリオ後")
st.caption(ui.md(scenarios.summary_text(ev)))
st.dataframe(scenarios.indicators_display(ev), hide_index=True, width="stretch", key="sc_indicators_table")
notes.position_notes(fy, [rtype])

areas = ui.query(scenarios.area_outlines, "district")
if areas["geom_wkb"].notna().any():
    fig = scenario_figures.scenario_map(areas, ev)
    event = st.plotly_chart(fig, width="stretch", key="sc_map", on_select="rerun", selection_mode="points",
                            config={"displaylogo": False, "scrollZoom": True})
    points = (event or {}).get("selection", {}).get("points", []) if event else []
    grid_trace = scenario_figures.click_trace_index(fig)
    clicked = [(float(p["x"]), float(p["y"])) for p in points
               if p.get("curve_number") == grid_trace and p.get("x") is not None]
    # the selection stays in the chart's state across runs: add each clicked point once
    if clicked and st.session_state.get("sc_last_click") != clicked[0]:
        st.session_state["sc_last_click"] = clicked[0]
        site = scenarios.hand_site(*clicked[0])
        if site not in st.session_state[hand_key]:
            st.session_state[hand_key].append(site)
            st.rerun()
    st.caption("地図の灰色の点をクリックすると、その地点に拠点を追加できます。")
else:
    st.info("区域の形状（ポリゴン）がないデータセットのため、地図は表示しません。")

st.subheader("新しい拠点ごとの効果")
st.caption("人数は提案・追加の順に、それまでの拠点で届かなかった人だけを数えます"
           f"（{ev.threshold} 人未満は「秘匿」）。「注意」はその地区にすでにある同じ種類の拠点（座標のない推定位置のものを含む）です。")
if len(ev.sites):
    st.dataframe(scenarios.sites_display(ev), hide_index=True, width="stretch", key="sc_sites_table")
else:
    st.info("新しい拠点はありません。提案の数を増やすか、手で追加してください。")
if len(ev.closed):
    st.dataframe(scenarios.closed_display(ev), hide_index=True, width="stretch", key="sc_closed_table")

# exports of what is on screen: the per-site table (CSV / Excel) and the sites as GeoJSON
stem = f"scenario_{rtype}_{fy}"
site_rows = scenarios.sites_export(ev)
ind_rows = scenarios.indicators_export(ev)
ui.downloads(site_rows, stem, key="sc_sites", sheets=[
    exports.Sheet("新しい拠点", site_rows),
    exports.Sheet("指標", ind_rows, unit_of=scenarios.EXPORT_UNITS, drop=["unit", "シナリオ"]),
])
st.download_button("GeoJSON（地点）", lambda: scenarios.scenario_geojson(ev, ev_note), file_name=f"{stem}.geojson",
                   mime="application/geo+json", key="sc_geojson", on_click="ignore", icon=":material/download:")

st.subheader("シナリオの保存と比較")
st.caption("保存したシナリオはウェアハウスに残り、再構築しても引き継がれます。数値は表示のたびに今のデータで計算し直します。"
           "委員会資料（`welfare report`）にも 1 シナリオ 1 枚のスライドが入ります。")
if st.session_state.pop("sc_name_next", False) or "sc_name" not in st.session_state:
    st.session_state["sc_name"] = ui.query(scenarios.default_name)
n1, n2 = st.columns([2, 1])
name = n1.text_input("シナリオの名前", key="sc_name", max_chars=40)
if n2.button("このシナリオを保存", key="sc_save", icon=":material/save:"):
    try:
        scenarios.save(ui.require_warehouse(), name, scenario)
    except UserError as exc:
        st.error(str(exc))
    else:
        st.session_state["sc_saved_msg"] = f"「{ui.md(name.strip())}」を保存しました。"
        st.session_state["sc_name_next"] = True
        st.rerun()
if msg := st.session_state.pop("sc_saved_msg", None):
    st.success(msg)
saved = ui.query(scenarios.saved_scenarios)
if saved.empty:
    st.info("保存したシナリオはまだありません。")
else:
    names = dict(zip(saved["scenario_id"], saved["name"]))
    chosen = st.multiselect("比較するシナリオ", list(names), default=list(names)[:3], format_func=names.get,
                            select_all=False, key=f"sc_compare_{'-'.join(names)}", placeholder="シナリオを選ぶ")  # new saves join the default
    if chosen:
        try:
            table = ui.query(scenarios.compare, tuple(chosen))
        except UserError as exc:
            st.error(str(exc))
        else:
            st.dataframe(table, hide_index=True, width="stretch", key="sc_compare_table")
            numbers = ui.query(scenarios.compare_export, tuple(chosen))
            ui.downloads(numbers, "scenario_compare", key="sc_compare", unit_of=scenarios.EXPORT_UNITS, drop=["unit"])
    # the committee deck with one slide per saved scenario, made only when clicked
    st.download_button("委員会スライド（pptx、保存したシナリオ入り）",
                       lambda path=ui.require_warehouse(): report_commands.committee_deck_bytes(path, fy),
                       file_name=f"committee_deck_{fy}.pptx", key="sc_deck", on_click="ignore", icon=":material/slideshow:",
                       mime="application/vnd.openxmlformats-officedocument.presentationml.presentation")
    d1, d2 = st.columns([2, 1])
    gone = d1.selectbox("削除するシナリオ", list(names), format_func=names.get, key="sc_delete_pick", index=None,
                        placeholder="シナリオを選ぶ")
    if d2.button("削除", key="sc_delete", disabled=gone is None, icon=":material/delete:"):
        scenarios.delete_saved(ui.require_warehouse(), gone)
        st.session_state["sc_saved_msg"] = f"「{ui.md(names[gone])}」を削除しました。"
        st.rerun()
