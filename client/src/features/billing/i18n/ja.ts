import type { billingEn } from "./en";

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** 課金・請求機能の日本語テキスト（i18next 名前空間 "billing"）。 */
export const billingJa: Shape<typeof billingEn> = {
  nav: { companyPage: "利用料金・請求書" },
  month: "対象月",
  charges: {
    title: "利用料金・請求書",
    intro: "貴社の機器利用にかかる料金（発生の都度）と、発行済みの請求書です。金額は特記のない限り税抜です。",
    heading: "利用料金",
    none: "この月の利用料金はありません。",
    date: "利用日", description: "内容", kind: "区分", quantity: "数量", unitPrice: "単価", amount: "金額", status: "状態",
    invoiced: "請求済み", open: "未請求", total: "税抜合計",
  },
  kinds: {
    instrument_time: "機器利用", staff_time: "技術職員", cancellation: "キャンセル料", no_show: "無断不使用料", consumable: "消耗品", adhoc: "その他",
  },
  units: { item: "式", minutes: "× {{count}}分" },
  policyEditor: {
    title: "課金・キャンセル規定", basis: "課金の基準", unit: "課金単位（分、切り上げ）", freeHours: "無料キャンセルの期限（利用開始の何時間前まで）",
    latePercent: "期限後のキャンセル料（予約時間分の%）", noShowPercent: "無断不使用料（予約時間分の%）", save: "課金規定を保存", saved: "課金規定を保存しました。",
  },
  adjust: {
    title: "利用料金",
    intro: "記録済みの利用とキャンセルから発生したこの月の利用料金です。消耗品などの明細を追加でき、請求書の発行前であれば料金を訂正できます。訂正は理由とともに操作履歴に残ります。",
    company: "企業", tax: "税率", taxes: { standard: "10%", reduced: "8%（軽減税率）", exempt: "非課税" },
    addTitle: "消耗品・その他の明細を追加", addIntro: "この月に利用料金のある企業が対象です。金額は税抜です。",
    unit: "単位", unitHint: "例：L、個、式", add: "明細を追加", added: "明細を追加しました。",
    correct: "訂正", correctTitle: "料金の訂正", reason: "理由（操作履歴に残ります）", save: "訂正を保存", cancel: "取消",
  },
  invoices: {
    heading: "請求書",
    none: "請求書はまだありません。",
    number: "請求書番号", issueDate: "発行日", dueDate: "支払期限", total: "合計（税込）", paid: "入金済み", unpaid: "未入金", open: "表示・印刷",
    creditNote: "返還インボイス", draft: "下書き",
  },
  runs: {
    title: "請求書",
    intro: "毎月、請求処理を実行すると、その月の利用料金（機関のタイムゾーン基準）から企業ごとに請求書の下書きを作成します。内容を確認してから発行してください。再実行で置き換わるのは下書きのみで、発行済みの請求書は変わりません。",
    run: "この月の請求処理を実行", running: "実行中…", ran: "{{count}}件の下書きを作成しました。",
    issue: "発行", issued: "請求書 {{number}} を発行しました。", csv: "CSVをダウンロード（会計用）",
    markPaid: "入金済みにする", markUnpaid: "未入金に戻す", credit: "返還インボイス", creditReason: "返還インボイス（取消）の理由",
    recipient: "請求先", status: "状態", actions: "操作", preview: "確認",
    settings: "発行者", registration: "登録番号", notRegistered: "登録番号が未設定のため、請求書を発行できません。",
  },
  settings: {
    title: "発行者の設定", issuerName: "発行者（正式名称）", paymentTermsDays: "支払期限（日数）", invoicePrefix: "請求書番号の接頭辞",
    taxRounding: "消費税の端数処理", paymentNote: "請求書に記載するお支払方法（振込先など）", save: "設定を保存", saved: "設定を保存しました。",
  },
  invoice: {
    title: "請求書", creditTitle: "返還インボイス（適格返還請求書）", draftNotice: "下書き：未発行です。番号と日付は発行時に付与されます。",
    recipientSuffix: "御中", issuer: "発行者", registration: "登録番号", number: "請求書番号", issueDate: "発行日", dueDate: "お支払期限",
    period: "対象期間", creditOf: "請求書 {{number}} の取消", creditedBy: "返還インボイス {{number}} により取消済み",
    date: "取引日", description: "内容", quantity: "数量", unitPrice: "単価", amount: "金額", rate: "税率",
    byRate: "税率ごとの合計", taxable: "{{rate}}%対象", taxOf: "消費税（{{rate}}%）", exempt: "非課税",
    subtotal: "小計（税抜）", tax: "消費税", total: "ご請求金額", rounding: "消費税は税率ごとに1回端数処理しています（{{mode}}）。",
    roundings: { floor: "切り捨て", round: "四捨五入", ceil: "切り上げ" },
    pdf: "PDFをダウンロード", pdfShort: "PDF",
    partlyCredited: "返還インボイス {{numbers}} により一部返還済み。残額 {{remaining}}（税込）。", print: "印刷・PDFで保存", back: "戻る", billed: "下記のとおりご請求申し上げます。",
  },
  errors: {
    reason: {
      invoice_issued: "この請求書は発行済みのため変更できません。返還インボイス（取消）で訂正してください。",
      issuer_not_registered: "先に機関の適格請求書発行事業者登録番号（T＋13桁）を設定してください。",
    },
  },
  policy: {
    title: "料金とキャンセル規定",
    unit: "{{minutes}}分単位（切り上げ）で、{{basis}}に基づき課金します。",
    booked: "予約時間", actual: "実際の利用時間",
    cancellation: "利用開始の{{hours}}時間前までのキャンセルは無料です。それ以降は予約時間分の{{percent}}%を申し受けます。",
    noShow: "連絡なく来られなかった場合：予約時間分の{{percent}}%。",
    facility: "機関側の都合によるキャンセルでは料金は発生しません。",
  },
  credit: {
    title: "明細を選んで返還インボイスを発行", intro: "選んだ明細と金額（税抜）について返還インボイスをすぐに発行します。残りの請求はそのまま有効です。",
    lines: "返還する明細", left: "残り {{amount}}", amount: "{{description}}の返還額", submit: "返還インボイスを発行", none: "明細を1つ以上選んでください。",
  },
};
