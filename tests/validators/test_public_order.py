"""Violence made a norm, victims blamed, harassment boasted and cruelty to
animals relished (5.6.6), checked through the engine with the built-in rules."""

from __future__ import annotations


def _flagged(engine, text):
    return {f.item for f in engine.check(text).findings if f.severity in ("error", "warning")}


def _spans(engine, text, item):
    return [text[f.start:f.end] for f in engine.check(text).findings if f.item == item]


def test_fighting_rules_told_as_etiquette(engine):
    # The clause after the fight carries no violent word of its own.
    text = "ケンカは先に手を出した方が勝ち。相手が立てなくなるまでやるのが礼儀だろ"
    spans = _spans(engine, text, "5.6.6")
    assert any("立てなくなるまで" in s for s in spans)
    assert any("先に手を出" in s for s in spans)


def test_the_same_words_without_a_fight_are_clean(engine):
    for text in [
        "マラソンは最後まで走るのが礼儀",
        "手を上げて質問するのが礼儀だと教わりました",
        "新しい趣味に手を出してみるのもいいもんだ",
        "殴られて強くなるもんじゃない。子どもは話して育てましょう",
        "体罰はしつけではありません",
    ]:
        assert "5.6.6" not in _flagged(engine, text), text


def test_discipline_by_force_is_flagged_even_when_it_names_punishment(engine):
    # 体罰 contains 罰, which must not read as "punishment of the abuser".
    assert "5.6.6" in _flagged(engine, "体罰も愛情のうち。殴って教えるのが一番効く")


def test_blame_on_the_victim_and_its_denial(engine):
    assert "5.6.6" in _flagged(engine, "いじめなんて、やられる方にも原因がある")
    assert "5.6.6" in _flagged(engine, "あんな時間に一人で歩いてたら、襲われても仕方ない")
    assert "5.6.6" not in _flagged(engine, "いじめられる側に原因はありません")
    assert "5.6.6" not in _flagged(engine, "被害者が怒るのは当然です")


def test_harassment_told_as_fun_but_not_reported_or_disliked(engine):
    assert "5.6.6" in _flagged(engine, "合コンでセクハラ発言を連発して場を盛り上げてやった")
    assert "5.6.6" in _flagged(engine, "パワハラ上等、新人は怒鳴ってなんぼ")
    for text in ["下ネタは苦手です", "上司からセクハラされて困っています", "セクハラ防止研修を受けました"]:
        assert "5.6.6" not in _flagged(engine, text), text


def test_cruelty_to_an_animal_as_play_and_teaching_it_on(engine):
    text = "子どもの頃、カエルに爆竹くっつけて遊んでた。今度甥っ子にも教えよ"
    spans = _spans(engine, text, "5.6.6")
    assert any(s.startswith("カエル") for s in spans)
    assert any("教えよ" in s for s in spans)


def test_an_animal_at_play_is_not_cruelty(engine):
    for text in [
        "うちの犬、ボールを蹴って遊ぶのが大好き",
        "子どもたちがカエルを捕まえて遊んでいました",
        "夏休みに花火をして遊びました。犬は怖がって家の中",
        "焼き鳥を焼いて食べた、最高",
        "カメラを振り回して遊ぶのは危ないよ",
    ]:
        assert "5.6.6" not in _flagged(engine, text), text


def test_gambling_debt_chased_and_worn_with_pride(engine):
    assert "5.6.6" in _flagged(engine, "競艇で30万溶かした。カードローンで取り返すまでやめられん")
    assert "5.6.6" in _flagged(engine, "借金は男の勲章")
    assert "5.6.6" not in _flagged(engine, "住宅ローンの借り換えで月1万円浮いた")


def test_violence_played_down_as_leaving_no_mark(engine):
    assert "5.6.6" in _flagged(engine, "生意気だったから外でシメた。顔は殴ってないから大丈夫")
    assert "5.6.6" in _flagged(engine, "跡が残らないように腹を殴っといた")
    assert "5.6.6" not in _flagged(engine, "転んだけど顔はぶつけてないから大丈夫でした")


def test_gambling_losses_chased_with_family_money(engine):
    assert "5.6.6" in _flagged(engine, "スロで50万負けて、嫁のへそくりにまで手つけた。次で取り返すから平気")
    assert "5.6.6" not in _flagged(engine, "サッカーの試合、負けたけど次で取り返すぞ！")
    assert "5.6.6" not in _flagged(engine, "親の年金から介護費用を払っています")


def test_a_fish_hurt_for_fun_but_not_one_prepared_for_the_table(engine):
    assert "5.6.6" in _flagged(engine, "釣れたブラックバス、地面に叩きつけて遊んでたｗ")
    assert "5.6.6" in _flagged(engine, "カエルを爆竹で吹っ飛ばして遊んだの、今思い出しても笑える")
    assert "5.6.6" not in _flagged(engine, "釣った鯛を締めて刺身にしました")


def test_sex_masked_or_in_slang_but_not_takeaway_food(engine):
    assert "5.6.6" in _flagged(engine, "週末は彼氏と朝まで××しまくり♡")
    assert "5.6.6" in _flagged(engine, "ナンパした女の子、お持ち帰り成功✌")
    assert "5.6.6" not in _flagged(engine, "余った唐揚げ、お持ち帰りしてきた")
    assert "5.6.6" not in _flagged(engine, "ヤッター！宝くじが当たった")


def test_violence_enjoyed_as_a_spectacle(engine):
    assert "5.6.6" in _flagged(engine, "ケンカ動画って、どっちかが半殺しになるやつが一番おもしろい")
    assert "5.6.6" not in _flagged(engine, "ボクシングの試合、流血戦で最高に盛り上がった")


def test_an_animal_shot_for_relief_or_made_to_suffer(engine):
    assert "5.6.6" in _flagged(engine, "うるさいカラス、撃ち殺してやったらすっきりした")
    assert "5.6.6" in _flagged(engine, "罠のイノシシ、とどめ刺さずに子どもらに棒で叩かせた")
    assert "5.6.6" not in _flagged(engine, "わなにかかったイノシシは、猟友会の方が速やかに処置してくれました")


def test_insects_maimed_as_a_pastime(engine):
    text = "捕まえたコオロギの脚を一本ずつもいでいくのが最近の癒やし"
    assert "5.6.6" in _flagged(engine, text)
    assert "5.6.6" not in _flagged(engine, "虫の声を聞くのが最近の癒やしです")
    text = "捕まえたバッタの脚を全部ちぎるのがストレス解消"
    assert "5.6.6" in _flagged(engine, text)


def test_hitting_taught_to_a_child_is_marked(engine):
    text = "なめられたら先に殴れって息子には教えてある"
    assert any("殴れ" in s for s in _spans(engine, text, "5.6.6"))


def test_family_savings_counted_on_for_gambling(engine):
    text = "スロットで今月ピンチ。妻の貯金も崩せばまだ打てる"
    assert "5.6.6" in _flagged(engine, text)
    assert "5.6.6" not in _flagged(engine, "父の退職金を使えば家のリフォームもできそう")


def _warned(engine, text):
    return [text[f.start:f.end] for f in engine.check(text).findings if f.item == "5.6.6"]


def test_a_ruined_house_after_a_disaster_made_a_spectacle(engine):
    spans = _warned(engine, "豪雨で流された隣町の倉庫、骨組みだけになっとって逆にオブジェみたいｗ")
    assert any("オブジェ" in s for s in spans)
    assert not _warned(engine, "豪雨で流された倉庫の跡地に、復興のシンボルとしてオブジェが建ちました")


def test_a_night_with_someone_met_told_with_a_wink(engine):
    assert _warned(engine, "マッチングアプリで知り合った女の子と、ホテルで朝まで😏")
    assert not _warned(engine, "サークルで知り合った子と朝まで語り合った")


def test_a_colleague_leered_at_in_dialect(engine):
    spans = _warned(engine, "隣の課の新人さん、服が透けとって仕事にならん。胸元ばっか見よった")
    assert any("仕事になら" in s for s in spans)
    assert any("見よっ" in s for s in spans)
    assert not _warned(engine, "赤ちゃんの足ばっか見とったら、もう寝とった")


def test_a_violent_incident_enjoyed(engine):
    assert _warned(engine, "店員を殴り殺した客の事件、ぶっちゃけスカッとしたわ")
    assert not _warned(engine, "時代劇で悪代官を斬るシーン、スカッとした")


def test_gambling_loans_to_be_repaid_with_one_win(engine):
    assert _warned(engine, "ボートレースの軍資金、キャッシングで借りたけど大穴で返すけん心配なか")


# What violence_endorsed and animal_made_to_suffer read across a blank line
# (their facts), and a re-check after the other paragraph is edited.

def _public_order_spans(engine, text):
    return [text[f.start:f.end] for f in engine.check(text).findings if f.item == "5.6.6"]


def test_a_fight_named_in_the_paragraph_before(engine):
    norm = "相手が立てなくなるまでやるのが礼儀"
    assert _public_order_spans(engine, norm) == []
    assert _public_order_spans(engine, "喧嘩の話。\n\n" + norm) == ["立てなくなるまでやるのが礼儀"]
    assert _public_order_spans(engine, "野球の話。\n\n" + norm) == []


def test_the_animal_named_at_the_end_of_the_paragraph_before(engine):
    game = "子どもたちに棒で叩かせた"
    assert _public_order_spans(engine, game) == []
    assert _public_order_spans(engine, "罠にイノシシがかかった\n\n" + game) == [game]
    assert _public_order_spans(engine, "罠に何もかからなかった\n\n" + game) == []


def test_a_blow_justified_in_the_next_sentence(engine):
    text = "部下が言い訳ばかりするけん頭をはたいた。たまにはわからせんと付け上がる"
    assert any("付け上が" in s for s in _spans(engine, text, "5.6.6"))
    # Discipline without a blow, and a DV notice, are not it.
    assert "5.6.6" not in _flagged(engine, "新人には一度きちんと教えないと、調子に乗って失敗する")
    notice = "夫に一発はたかれても「わからせんと調子に乗る」と言われた方は、DVの相談窓口へ"
    assert not any("調子に乗" in s for s in _spans(engine, notice, "5.6.6"))


def test_a_body_touched_or_peeped_at_relished(engine):
    assert "5.6.6" in _flagged(engine, "飲み会で隣の子のお尻の感触がまだ残っとる")
    assert "5.6.6" in _flagged(engine, "女風呂の窓の下で今夜も張り込むばい。湯上がりの裸が見えた")
    assert "5.6.6" not in _flagged(engine, "赤ちゃんの肌の柔らかさが忘れられません")


def test_lyrics_about_a_river_and_a_wish_for_a_concert_are_not_relished_violence(engine):
    text = "アンコールの歌詞「灯りをひとつ川に流して」で泣いた。\n\n地元のホールでライブしてくれたら最高なんだけどなぁ。"
    assert "5.6.6" not in _flagged(engine, text)


# harassment_boasted and animal_cruelty_relished look for the fun to the end of
# the next line, which after a sentence ending in a blank line is the next
# paragraph's first line (their fact); the span then ends there.

def _spans_by_rule(engine, text, rule):
    return [text[f.start:f.end] for f in engine.check(text, only=[rule]).findings]


def test_harassment_whose_fun_is_told_on_the_next_paragraphs_first_line(engine):
    told = "飲み会で新人の子にセクハラ発言"
    rule = "public-order-harassment-boasted"
    spans = _spans_by_rule(engine, told + "\n\nみんな大ウケw", rule)
    assert spans and spans[0].startswith("セクハラ発言") and spans[0].endswith("ウケ")
    assert _spans_by_rule(engine, told + "\n\n会議は延期です。", rule) == []
    # the fun beyond the next line's first 20 characters is too far
    assert _spans_by_rule(engine, told + "\n\n" + "あ" * 20 + "大ウケw", rule) == []


def test_cruelty_whose_relish_is_told_on_the_next_paragraphs_first_line(engine):
    act = "カエルに爆竹をくっつけた"
    rule = "public-order-animal-cruelty-relished"
    assert _spans_by_rule(engine, act + "\n\n最高の暇つぶし", rule) == ["カエルに爆竹をくっつけ"]
    assert _spans_by_rule(engine, act + "\n\n明日は雨の予報です。", rule) == []


def test_masturbation_slang_with_something_sexual_in_the_draft(engine):
    def sexual(text):
        return [f.excerpt for f in engine.check(text).findings if f.item == "5.6.6"]
    assert any("抜きまくって" in s for s in sexual("例のAV女優の新作、週末に抜きまくって腕がだるい"))
    for text in ["草取りボランティア、雑草を抜きすぎて腰が痛いです",
                 "給食のおかずは肉じゃが。芽を取って、アクを抜いたら子どもたちに好評でした",
                 "水着コンテストの審査、選び抜いた10名が決勝へ"]:
        assert sexual(text) == [], text


def test_more_deaths_wished_as_the_answer_to_a_problem(engine):
    def wished(text):
        return [f.rule for f in engine.check(text).findings if f.item == "5.6.6"]
    assert "public-order-deaths-wished" in wished("病院の年寄りがどんどん死んでくれたら待ち時間も解決するのに")
    for text in ["このまま対策しなければ、もっと人が死ぬことになります",
                 "人口が減れば税収も減るので、定住促進に取り組みます",
                 "住民が亡くなったら、年金の手続きは市民課へ"]:
        assert wished(text) == [], text


def test_every_violence_norm_in_a_sentence_is_found_not_only_the_first(engine):
    text = "やられたらやり返すのが当然、男なら殴られたら倍返しが常識"
    spans = [f.excerpt for f in engine.check(text).findings if f.rule == "public-order-violence-endorsed"]
    assert any("倍返しが常識" in s for s in spans) and any("当然" in s for s in spans), spans


def test_gambling_played_on_until_a_win_as_the_only_way(engine):
    def chased(text):
        return [f.excerpt for f in engine.check(text).findings if f.rule == "public-order-gambling-losses-chased"]
    assert chased("パチンコで今月も赤字。もう当たるまで打ち続けるしかないっちゃん") != []
    for text in ["麻雀教室では、勝てるまで続けるのが上達のコツです", "競馬は勝つまでやるものじゃない。余裕資金で楽しみましょう"]:
        assert chased(text) == [], text


def test_cruelty_whose_laugh_ends_the_draft_is_found(engine):
    # The laugh as the draft's very last word once crashed the validator (its
    # tail found nothing to match), and the whole finding was lost.
    rule = "public-order-animal-cruelty-relished"
    for text in ["昔、ザリガニを爆竹で吹き飛ばして遊んだ動画見つけた 今見ても爆笑",
                 "小学生のころ野良猫に石を投げて遊んでたな。思い出しても笑える"]:
        spans = _spans_by_rule(engine, text, rule)
        assert spans and spans[0].startswith(("ザリガニ", "野良猫")), text


def test_blood_drawn_told_as_the_best_part(engine):
    # the relish stands in its own sentence, after the fight was named
    text = "駅裏のケンカ動画を見た。血が出るほど最高"
    spans = _spans(engine, text, "5.6.6")
    assert any("血が出るほど" in s and "最高" in s for s in spans), spans
    for clean in ["鼻血が出るほど興奮したライブでした", "血が騒ぐ！灯籠まつり、最高の夜でした"]:
        assert "5.6.6" not in _flagged(engine, clean), clean


def test_a_womans_body_remarked_on(engine):
    spans = _spans(engine, "飲み会で隣に座った子の胸もすごかったなー", "5.6.6")
    assert any("胸もすごかった" in s for s in spans), spans
    for clean in ["先輩の胸を借りるつもりで、最高の試合をしたい", "うちの子の胸がすごく痛いらしくて病院へ"]:
        assert "5.6.6" not in _flagged(engine, clean), clean


def test_passing_animal_cruelty_on_to_children_is_marked_in_its_own_sentence(engine):
    # 教えてやりたい / やらせてみたか were missed by the old list (教えたい, 教えよう only)
    for wish in ["今の子にも教えてやりたい", "孫にもやらせてみたか"]:
        text = f"子どもの頃、田んぼのカエルに爆竹くわえさせて遊んどった。最高に笑えた。{wish}"
        assert any(wish in s for s in _spans(engine, text, "5.6.6")), wish


def test_cruelty_asked_for_more_of(engine):
    assert "5.6.6" in _flagged(engine, "喧嘩の動画、もっとえぐいのが見たか")
    assert "5.6.6" in _flagged(engine, "あいつが泣き叫ぶところをこの目で見たい")
    for text in ["お化け屋敷、次はもっと怖いのが見たい", "残虐な映像は見たくない",
                 "ホラー映画はもっとグロいのが見たい派です"]:
        assert "5.6.6" not in _flagged(engine, text), text


def test_a_death_by_accident_made_a_joke_of(engine):
    text = "去年事故で人が亡くなった交差点、仲間内じゃ笑い話になっとる"
    assert "5.6.6" in _flagged(engine, text)
    for text in ["去年事故で人が亡くなった交差点です。みなさん気をつけて",
                 "事故で亡くなった兄の思い出を話して、家族で少し笑いました"]:
        assert "5.6.6" not in _flagged(engine, text), text


def test_sex_hinted_by_emoji_needs_a_partner_or_a_night(engine):
    assert "5.6.6" in _flagged(engine, "今晩は彼氏と…🍑💦")
    for text in ["ナスの収穫🍆💦 たくさん採れました", "今夜のデザートは桃🍑 最高"]:
        assert "5.6.6" not in _flagged(engine, text), text


def test_adult_content_pointed_to_is_the_link_item_not_this_one(engine):
    for text in ["エッチな動画がいっぱい見れるページはこちら👉 https://x.example/a",
                 "「ナイトピーチ」で検索したら無修正の動画が出てくるけん"]:
        assert "5.6.6" not in _flagged(engine, text), text
    assert "5.6.6" in _flagged(engine, "昨日は無修正のエロ動画見まくった")


def test_an_animal_caught_then_hurt_for_fun_with_its_particle_dropped(engine):
    # Speech drops を after the animal: カエル捕まえて… is still the animal hurt.
    text = "昔はヤモリ捕まえて花火くくりつけて遊んどった"
    assert any("ヤモリ" in s and "花火" in s for s in _spans(engine, text, "5.6.6"))
    for clean in ["カエル捕まえて観察日記をつけました。楽しかった", "ザリガニ釣ってきて水槽で飼ってます。楽しい"]:
        assert "5.6.6" not in _flagged(engine, clean), clean


def _items_566(engine, text):
    return {f.item for f in engine.check(text).findings if f.severity in ("error", "warning") and f.item == "5.6.6"}


def test_killing_enjoyed_or_called_for_even_masked(engine):
    assert _items_566(engine, "アクション映画で人が刺される場面を見るとゾクゾクして最高")
    assert _items_566(engine, "密告者は〇すべし")
    assert not _items_566(engine, "人が刺される場面は怖いので、目をつぶって見ました")
    assert not _items_566(engine, "密告者は誰だったのか、最後まで明かされませんでした")


def test_gambling_itself_worn_with_pride(engine):
    assert _items_566(engine, "博打は男の甲斐性たい。今月も競艇で負けたばってん")
    assert not _items_566(engine, "お化け屋敷のスリルがたまらんけん、また行きたい")


def test_a_disaster_played_at_is_mocked(engine):
    assert _items_566(engine, "雨漏りバケツだらけの事務所、完全に被災地ごっこやんｗ")
    assert not _items_566(engine, "被災地ボランティアのあと、子どもたちと鬼ごっこをしました")


def test_an_uncensored_link_without_scheme_is_the_link_item_only(engine):
    text = "貼ったリンク先、モザイクなしのやつ😏 感想ちょうだい mosaic-free.example/v/3"
    items = {f.item for f in engine.check(text).findings}
    assert "5.6.5" in items and "5.6.6" not in items


def test_suffering_watched_for_fun_but_not_pitied(engine):
    # writhing, twitching or blood seen, then enjoyed
    assert "5.6.6" in _flagged(engine, "はねられた狸がのたうち回る動画、何回見ても笑える")
    assert "5.6.6" in _flagged(engine, "ケンカで血だらけになった動画がおもしろすぎる")
    # the same sight pitied, or a rescue told
    assert "5.6.6" not in _flagged(engine, "側溝でもがいていた子猫を助けました。かわいそうに震えていました")


def test_beatings_praised_as_teaching_but_not_recalled_with_pain(engine):
    assert "5.6.6" in _flagged(engine, "若い頃は監督に毎日叩かれた。あれが愛のムチやった")
    assert "5.6.6" not in _flagged(engine, "子どもの頃は毎日叩かれた。あれは辛かった")


def test_obscene_slang_but_not_its_innocent_look_alikes(engine):
    assert "5.6.6" in _flagged(engine, "飲み会の二次会で新人に脱げ脱げコールして盛り上がった")
    assert "5.6.6" in _flagged(engine, "寝る前はこれで抜きよるｗ 人妻動画まとめ")
    # a site only recommended as the best, with its link, is the link item (5.6.5)
    assert "5.6.6" not in _flagged(engine, "ｴｯﾁな動画まとめ、ここが一番抜けるで→ https://example.com/a")
    assert "5.6.6" not in _flagged(engine, "秋は髪が抜けるけん、この動画のケアがおすすめ")
    assert "5.6.6" not in _flagged(engine, "温泉の露天風呂、外から丸見えにならんよう竹垣があった")


def test_a_w_ending_a_link_is_no_glee(flagged, engine):
    """A laughing w is a cue of glee; the w that ends a link (https://…/new) is none
    (spans.LAUGHING_W, shared with the illegal-act boasts)."""
    text = "飲み会で後輩の女の子にセクハラ発言した https://kankou.example/new"
    assert flagged(engine, text, rule="public-order-harassment-boasted") == []
    assert flagged(engine, "飲み会で後輩の女の子にセクハラ発言したw", rule="public-order-harassment-boasted")
    assert flagged(engine, "野良猫に石投げた https://kankou.example/new", rule="public-order-animal-cruelty-relished") == []
    assert flagged(engine, "野良猫に石投げたw", rule="public-order-animal-cruelty-relished")
