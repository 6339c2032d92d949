import type { ConsultResources } from "./index";

/** 技術相談の文言（日本語）。 */
export const consultJa: ConsultResources = {
  consult: {
    nav: "技術相談",
    navCompany: "技術相談",
    list: { title: "技術相談", intro: "技術相談の一覧と進み具合です。", none: "技術相談はまだありません。", all: "すべて", filter: "状態", open: "対応中" },
    ask: "技術相談を申し込む",
    new: {
      title: "技術相談を申し込む",
      intro: "どの機器で調べればよいか分からないときは、ご自分の言葉で課題をお書きください。コーディネーターが対応できる大学の技術職員におつなぎします。",
      summary: "ご相談の要旨（1行）",
      details: "詳しい内容",
      detailsHint: "困っていること、試したこと、結果を何に使うか。",
      material: "材料・製品",
      wantToKnow: "知りたいこと",
      sampleCount: "試料の数",
      sampleForm: "試料の形態（大きさ・状態）",
      desiredBy: "回答希望日",
      share: "複数の機関に共有してもよい",
      language: "希望する言語",
      contact: "連絡先（申込者と異なる場合）",
      contactName: "氏名",
      contactEmail: "メールアドレス",
      contactPhone: "電話番号",
      about: "対象：{{name}}",
      aboutCapability: "技術シーズ No.{{id}} について",
      send: "相談を送信",
      sent: "ご相談を受け付けました。",
      companyOnly: "技術相談は企業アカウントでログインしてお申し込みください。",
    },
    status: {
      received: "受付済み", routed: "機関で確認中", assigned: "担当者決定", answered: "回答あり", quoted: "見積提示",
      accepted: "見積承諾", declined: "見積辞退", expired: "見積期限切れ", closed: "終了",
    },
    step: {
      received: "コーディネーターが受付", routed: "{{institution}} に回付", assigned: "{{institution}} で担当者を決定", answered: "回答あり",
      quoted: "見積を提示", accepted: "見積を承諾", declined: "見積を辞退", expired: "見積の期限切れ", closed: "終了", reopened: "再開",
    },
    closeReason: { resolved: "解決", withdrawn: "企業が取り下げ", no_fit: "対応できるサービスなし", quote_declined: "見積辞退", quote_expired: "見積期限切れ", other: "その他" },
    detail: {
      request: "ご相談内容", timeline: "進み具合", thread: "メッセージ", noMessages: "メッセージはまだありません。", company: "企業", createdBy: "申込者",
      institutions: "回付先の機関", notRouted: "未回付", assigned: "担当者", nobody: "未定", outcome: "結果", shared: "企業に共有",
      side: { company: "企業", institution: "機関", coordinator: "コーディネーター" },
    },
    message: { label: "メッセージ", send: "送信" },
    route: {
      title: "機関へ回付", submit: "回付する", suggestions: "技術シーズからの候補", noConsent: "企業は複数機関への共有に同意していません。",
      instruments: "機器", staff: "職員",
    },
    assign: { title: "担当者を指定", label: "担当職員", submit: "指定する" },
    advice: { title: "相談対応時間", minutes: "分", date: "日付", note: "メモ", submit: "記録する", total: "合計 {{minutes}} 分" },
    close: { title: "相談を終了", reason: "理由", outcome: "結果の要約", share: "要約を企業に共有する", submit: "終了する", withdraw: "相談を取り下げる" },
    reopen: "相談を再開する",
    meeting: {
      title: "打合せ（電話・訪問）", none: "予定された打合せはまだありません。", propose: "打合せ（電話・訪問）を提案", kindLabel: "種類",
      kind: { call: "電話・オンライン", visit: "訪問" }, date: "日付", start: "開始時刻", end: "終了時刻", note: "企業へのメモ",
      zone: "時刻は{{zone}}です。", submit: "提案する", cancel: "取り消す", cancelLabel: "{{when}}の{{kind}}を取り消す", cancelled: "取消済み",
    },
    errors: { consent_required: "企業は複数機関への共有に同意していません。", staff_not_routed: "この職員は回付先の機関に所属していません。" },
  },
  errors: {
    reason: {
      meeting_overlaps_assignment: "その時間は予約の担当が入っています。別の時間を選んでください。",
      meeting_overlaps_time_off: "その時間は休暇です。別の時間を選んでください。",
      meeting_overlaps_meeting: "その時間には別の打合せがあります。別の時間を選んでください。",
      outside_working_hours: "勤務時間外（または休業日）です。勤務している時間を選んでください。",
      in_past: "この時間はすでに過ぎています。",
      invalid_transition: "相談の現在の状態ではこの操作はできません。",
    },
  },
};
