/** What each person reads and types in the organisations chain (test/e2e/organisations-chain.e2e.test.ts), per language. */

export type Language = "en" | "ja";

/** The people and things of one chain: each language gets its own, so the two chains share nothing but the server. */
export const CAST = {
  en: {
    institution: { nameJa: "八戸材料研究センター", nameEn: "Hachinohe Materials Research Centre", kind: "prefectural_tech_center", prefecture: "Aomori" },
    admin: { email: "admin@hachinohe-mrc.example", name: "Yui Kudo" },
    staff: { email: "tech@hachinohe-mrc.example", name: "Daichi Sasaki" },
    instrument: { nameJa: "白色干渉計", nameEn: "White-light interferometer", manufacturer: "Zygo", model: "NewView 9000", altEn: "The interferometer beside its vibration-isolation table", altJa: "除振台の横の白色干渉計" },
    company: { name: "Northern Heavy Industries KK", contact: "Haruto Abe", email: "buyer@northern-heavy.example" },
    colleague: { email: "colleague@northern-heavy.example", name: "Mei Ito" },
  },
  ja: {
    institution: { nameJa: "鶴岡精密加工センター", nameEn: "Tsuruoka Precision Machining Centre", kind: "university", prefecture: "Yamagata" },
    admin: { email: "admin@tsuruoka-pmc.example", name: "斎藤 亜希" },
    staff: { email: "tech@tsuruoka-pmc.example", name: "本間 翔" },
    instrument: { nameJa: "産業用X線CTスキャナ", nameEn: "Industrial X-ray CT scanner", manufacturer: "島津製作所", model: "inspeXio SMX-225CT", altEn: "The X-ray CT scanner with its shielded door open", altJa: "遮蔽扉を開けたX線CTスキャナ" },
    company: { name: "出羽重工株式会社", contact: "佐藤 大翔", email: "buyer@dewa-heavy.example" },
    colleague: { email: "colleague@dewa-heavy.example", name: "遠藤 芽衣" },
  },
} as const;

/** Rates the admin enters (yen per hour); a two-hour staff-operated booking of a large company costs 2 × (6000 + 2500). */
export const RATES = { academic: "1000", company: "6000", sme: "3000", assistance: "2500" };
export const LARGE_COMPANY_TWO_HOURS = /[¥￥]17,000/;
export const LARGE_COMPANY_ONE_HOUR = /[¥￥]8,500/;

export const TEXT = {
  en: {
    locale: "en-US",
    signIn: { email: "Email", password: "Password", submit: "Sign in" },
    signOut: "Sign out",
    workspace: "Workspace",
    nav: { institutions: "Institutions", instruments: "Instruments", staff: "Staff", approvals: "Approvals & sessions", companies: "Verify companies", reservations: "My reservations", signUp: "Create account" },
    institution: { add: "Add an institution", nameJa: "Name (Japanese)", nameEn: "Name (English)", kind: "Kind", prefecture: "Prefecture", create: "Create institution", title: (name: string) => `Institution: ${name}` },
    invite: { email: "E-mail", role: "Role", send: "Send invitation", admin: "Admin", staff: "Technical staff", member: "Member" },
    accept: { name: "Your name", password: "Password", confirm: "Password again", submit: "Create my account" },
    instrument: {
      new: "New instrument", newTitle: "New instrument", nameJa: "Name (Japanese)", nameEn: "Name (English)", manufacturer: "Manufacturer", model: "Model",
      descriptionJa: "Description (Japanese)", descriptionEn: "Description (English)", building: "Building", room: "Room",
      academic: "Academic (¥/h)", company: "Large company (¥/h)", sme: "SME (¥/h)", assistance: "Staff assistance (¥/h extra)",
      openingHours: "Opening hours", create: "Create instrument", edited: (name: string) => `Edit: ${name}`,
      photoFile: "Photo file", altEn: "Description for screen readers (English)", altJa: "Description for screen readers (Japanese)", upload: "Upload photo", uploaded: "Photo uploaded.", main: "Main photo",
    },
    staff: { edit: "Edit", instruments: "Instruments supported", save: "Save" },
    signUp: {
      heading: "Create a company account", company: "Company name", contact: "Contact person", large: /^Large company/, employees: /Regular employees/, email: "Email", password: "Password", confirm: "Confirm password",
      terms: /I have read and accept the terms of use/, submit: "Create account",
    },
    search: "What do you need to measure?",
    booking: { nextWeek: /Next week/, purpose: "Purpose of use", harmless: /My samples are not hazardous/, book: "Confirm booking", pending: /awaiting approval/, confirmed: /#\d+ is confirmed/, toList: "See my reservations" },
    provisional: /\(provisional\)/,
    provisionalNote: /not been verified yet/,
    status: { pending: "Pending approval", confirmed: "Confirmed" },
    waitsForVerification: /customer type is not verified yet/,
    verify: { verifyAs: "Verify as", large: "Large company", submit: "Verify", verified: "Verified" },
    approve: "Approve",
    company: { manageMembers: "Invite and manage members", membersTitle: "Company members" },
    detail: { price: "Estimate" },
  },
  ja: {
    locale: "ja-JP",
    signIn: { email: "メールアドレス", password: "パスワード", submit: "ログイン" },
    signOut: "ログアウト",
    workspace: "業務メニュー",
    nav: { institutions: "機関", instruments: "機器管理", staff: "技術職員", approvals: "承認・利用記録", companies: "企業の確認", reservations: "予約一覧", signUp: "新規登録" },
    institution: { add: "機関を追加", nameJa: "名称（日本語）", nameEn: "名称（英語）", kind: "種別", prefecture: "都道府県", create: "機関を登録", title: (name: string) => `機関：${name}` },
    invite: { email: "メールアドレス", role: "権限", send: "招待を送る", admin: "管理者", staff: "技術職員", member: "メンバー" },
    accept: { name: "氏名", password: "パスワード", confirm: "パスワード（確認）", submit: "アカウントを作成" },
    instrument: {
      new: "機器を登録", newTitle: "機器の新規登録", nameJa: "名称（日本語）", nameEn: "名称（英語）", manufacturer: "メーカー", model: "型式",
      descriptionJa: "説明（日本語）", descriptionEn: "説明（英語）", building: "建物", room: "部屋",
      academic: "学術（円/時間）", company: "大企業（円/時間）", sme: "中小企業（円/時間）", assistance: "職員支援の追加料金（円/時間）",
      openingHours: "利用可能時間", create: "登録する", edited: (name: string) => `編集: ${name}`,
      photoFile: "写真ファイル", altEn: "画面読み上げ用の説明（英語）", altJa: "画面読み上げ用の説明（日本語）", upload: "写真をアップロード", uploaded: "写真をアップロードしました。", main: "代表写真",
    },
    staff: { edit: "編集", instruments: "担当機器", save: "保存" },
    signUp: {
      heading: "企業アカウントの登録", company: "会社名", contact: "担当者名", large: /^大企業/, employees: /常時使用する従業員数/, email: "メールアドレス", password: "パスワード", confirm: "パスワード（確認）",
      terms: /利用規約（第1版）を読み、同意します/, submit: "登録する",
    },
    search: "何を測定・観察したいですか？",
    booking: { nextWeek: /次の週/, purpose: "利用目的", harmless: /試料に危険性はありません/, book: "予約を確定する", pending: /承認待ち/, confirmed: /#\d+ が確定しました/, toList: "予約一覧を見る" },
    provisional: /（暫定）/,
    provisionalNote: /まだ確認されていません/,
    status: { pending: "承認待ち", confirmed: "確定" },
    waitsForVerification: /利用者区分はまだ確認されていません/,
    verify: { verifyAs: "確定する区分", large: "大企業", submit: "確認する", verified: "確認済み" },
    approve: "承認する",
    company: { manageMembers: "メンバーの招待・管理", membersTitle: "メンバー" },
    detail: { price: "見積額" },
  },
} satisfies Record<Language, unknown>;

export type Texts = (typeof TEXT)[Language];
