"""CLI behaviour shared by the importers: init, clear Japanese errors without tracebacks."""
from __future__ import annotations

import yaml

from indicators.cli import main


def test_init_adds_check_digit_and_never_overwrites(tmp_path, capsys):
    d = tmp_path / "ds"
    assert main(["import", "init", "--dataset", str(d), "--code", "31201", "--name", "鳥取市"]) == 0
    meta = yaml.safe_load((d / "dataset.yaml").read_text(encoding="utf-8"))
    assert meta["municipality_code"] == "312011" and meta["synthetic"] is False
    assert (d / "resources.csv").read_text(encoding="utf-8").startswith("resource_id,resource_type,name,")
    (d / "resources.csv").write_text("keep\n", encoding="utf-8")
    assert main(["import", "init", "--dataset", str(d), "--code", "312011", "--name", "鳥取市"]) == 0
    assert (d / "resources.csv").read_text(encoding="utf-8") == "keep\n"
    assert main(["import", "init", "--dataset", str(tmp_path / "x"), "--code", "312012", "--name", "x"]) == 1
    assert "全国地方公共団体コード" in capsys.readouterr().err


def test_missing_dataset_yaml_and_bad_code(tmp_path, fixtures, capsys):
    rc = main(["import", "facilities", "--input", str(fixtures / "facilities.csv"), "--dataset", str(tmp_path)])
    assert rc == 1
    err = capsys.readouterr().err
    assert "dataset.yaml がありません" in err and "Traceback" not in err
    (tmp_path / "dataset.yaml").write_text("municipality_code: '312012'\n", encoding="utf-8")
    assert main(["import", "facilities", "--input", str(fixtures / "facilities.csv"), "--dataset", str(tmp_path)]) == 1
    assert "検査数字" in capsys.readouterr().err


def test_bad_column_option(tmp_path, fixtures, capsys):
    main(["import", "init", "--dataset", str(tmp_path / "d"), "--code", "312011", "--name", "鳥取市"])
    rc = main(["import", "estat-census", "--table", str(fixtures / "tblT001081C31.txt"), "--towns",
               str(fixtures / "towns.csv"), "--dataset", str(tmp_path / "d"), "--fy", "2020", "--column", "pop=T1"])
    assert rc == 1 and "--column pop=T1" in capsys.readouterr().err


def test_sources_recorded_but_commented_yaml_left_alone(tmp_path, fixtures, capsys):
    d = tmp_path / "d"
    main(["import", "init", "--dataset", str(d), "--code", "312011", "--name", "鳥取市"])
    args = ["import", "estat-census", "--table", str(fixtures / "tblT001081C31.txt"), "--towns",
            str(fixtures / "towns.csv"), "--dataset", str(d), "--fy", "2020"]
    assert main(args) == 0 and main(args) == 0
    meta = yaml.safe_load((d / "dataset.yaml").read_text(encoding="utf-8"))
    assert meta["sources"] == ["国勢調査 小地域集計 2020 年 (tblT001081C31.txt)"]
    text = "# 市の担当者が書いたメモ\n" + (d / "dataset.yaml").read_text(encoding="utf-8")
    (d / "dataset.yaml").write_text(text, encoding="utf-8")
    args[args.index("2020")] = "2015"
    assert main(args) == 0
    assert (d / "dataset.yaml").read_text(encoding="utf-8") == text
    assert "sources に「国勢調査 小地域集計 2015 年" in capsys.readouterr().out
