"""Sample texts the text tests share: news-like paragraphs with figures of every form, and bytes in bad encodings."""

GB_TEXT = "县卫健局召回三十六名医学定向培养生,五千多名志愿者、上万份倡议书,总投资1.68亿元。\n"
BAD_BYTES = "复工率93%,".encode() + b"\xff\x80\xfe\x81\x20" + "到岗11676人。".encode()


def paragraphs(n: int) -> str:
    """n distinct paragraphs of news-like text (short sentences, figures of every form)."""
    out = []
    for i in range(n):
        out.append(
            f"截至{i % 12 + 1}月{i % 28 + 1}日,{i}号企业开工复工{100 + i}家,"
            f"复工率{50 + i % 50}%,到岗率{60 + i % 40}.{i % 10}%。"
            f"储备原粮{i % 9 + 1}.{i % 100:02d}万吨,可供近{30 + i}天。"
            f"“驻企服务员”帮助协调问题{i + 10}多项,抽调{i % 90 + 10}余名民兵、三十六名医生。"
            f"在“百名局长帮百企”基础上,千方百计确保第一批项目复工,购买N95口罩{i + 2}万只。"
        )
    return "\n".join(out) + "\n"
