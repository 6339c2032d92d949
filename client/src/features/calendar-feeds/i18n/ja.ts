import type { CalendarTexts } from "./en";

/** カレンダー機能の日本語の文言（i18next 名前空間 "calendar"）。キーは en.ts と同じ形（型で検査）。 */
export const calendarJa: CalendarTexts = {
  title: "カレンダー購読",
  intro: "予約や担当業務を Google カレンダー、Outlook、Apple カレンダー、Thunderbird で確認できます。一度購読すれば、新しい予約・変更・キャンセルが自動的に反映されます。",
  kinds: {
    company: "自社の予約すべて",
    user: "自分の予約のみ",
    staff: "自分の担当業務と休暇",
    instrument: "機器の使用中の時間帯",
    institution: "機関の予約すべて",
  },
  kindHints: {
    company: "{{company}} の全員の予約（利用目的・試料・担当職員を含む）。",
    user: "自分で入れた予約だけ。",
    staff: "担当するセッションと自分の休暇。",
    instrument: "使用中の時間帯と保守のみ（企業名・利用目的は含みません）。機関内での共有に使えます。",
    institution: "機関の全機器の予約と保守期間。",
  },
  badges: { company: "自社", user: "自分", staff: "担当業務", instrument: "機器", institution: "機関" },
  list: {
    title: "購読中のカレンダー",
    empty: "まだ購読はありません。下で作成してから、カレンダーアプリに追加してください。",
    created: "{{date}} 作成",
    rotated: "{{date}} にアドレスを再発行",
  },
  create: {
    title: "新しい購読",
    kind: "カレンダーに表示する内容",
    institution: "機関",
    chooseInstitution: "機関を選んでください",
    instrument: "機器",
    chooseInstrument: "機器を選んでください",
    noInstruments: "この機関には機器が登録されていません。",
    label: "カレンダーアプリでの名前（任意）",
    labelHint: "空欄の場合は、表示内容がわかる名前を付けます。",
    submit: "購読を作成",
    submitting: "作成中…",
    created: "「{{label}}」を作成しました。アドレスをコピーするか、カレンダーアプリに追加してください。",
    unavailable: "このアカウントで購読できるカレンダーはありません。",
  },
  feed: {
    address: "購読用アドレス",
    copy: "リンクをコピー",
    copied: "コピーしました。カレンダーアプリに貼り付けてください。",
    copyManually: "ブラウザがコピーを許可しませんでした。アドレスを選択したので、Ctrl+C（Mac は ⌘C）でコピーしてください。",
    addTo: "追加先",
    webcal: "この端末のカレンダーアプリ（webcal）",
    google: "Google カレンダー",
    outlook: "Outlook",
    secret: "このアドレスはパスワードと同様に扱ってください。知っている人は誰でもこのカレンダーを見られます。漏れた場合はアドレスを再発行してください。",
    rotate: "アドレスを再発行",
    revoke: "削除",
    actionsFor: "「{{label}}」の操作",
  },
  rotate: {
    title: "「{{label}}」のアドレスを再発行しますか？",
    body: "今のアドレスはすぐに使えなくなり、そのアドレスで購読しているカレンダーは更新されなくなります。新しいアドレスで購読し直し、古い購読は削除してください。",
    confirm: "再発行する",
    done: "「{{label}}」のアドレスを再発行しました。カレンダーアプリで新しいアドレスを購読し直してください。",
  },
  revoke: {
    title: "「{{label}}」を削除しますか？",
    body: "アドレスはすぐに使えなくなり、カレンダーアプリには更新が届かなくなります。古い予定が残らないよう、カレンダーアプリ側の購読も削除してください。",
    confirm: "購読を削除",
    done: "「{{label}}」を削除しました。このアドレスはもう使えません。",
  },
  keep: "やめる",
  help: {
    title: "購読のしかた",
    intro: "購読用アドレスをコピーして、お使いのカレンダーアプリに追加します。",
    apps: {
      google: {
        name: "Google カレンダー",
        steps: [
          "購読の「Google カレンダー」をクリックするか、パソコンの Google カレンダーで「他のカレンダー」→「＋」→「URL で追加」を開きます。",
          "アドレスを貼り付けて「カレンダーを追加」をクリックします。スマートフォンにも表示されます。",
        ],
      },
      outlook: {
        name: "Outlook",
        steps: [
          "Outlook on the web・Microsoft 365：購読の「Outlook」をクリックするか、「予定表を追加」→「Web から定期受信」でアドレスを貼り付けます。",
          "Windows 版 Outlook：「予定表を追加」→「インターネットから」でアドレスを貼り付けます。",
        ],
      },
      apple: {
        name: "Apple カレンダー（Mac・iPhone・iPad）",
        steps: [
          "「この端末のカレンダーアプリ（webcal）」をクリックするか、Mac で「ファイル」→「新規カレンダー照会」を選びアドレスを貼り付けます。",
          "iPhone・iPad：「設定」→「カレンダー」→「アカウント」→「アカウントを追加」→「その他」→「照会するカレンダーを追加」。",
          "「自動更新」は「1時間ごと」に設定してください。",
        ],
      },
      thunderbird: {
        name: "Thunderbird",
        steps: [
          "カレンダータブで「新しいカレンダー」→「ネットワーク上」を選びます。",
          "場所にアドレスを貼り付け、ユーザー名は空欄のまま「カレンダーを検索」→「購読」をクリックします。",
        ],
      },
    },
    delay: "変更の反映には時間がかかります。カレンダーアプリは購読カレンダーを独自の間隔で取得するためです（Thunderbird や 1時間ごとに設定した Apple カレンダーでは約30分〜1時間、Google カレンダーや Outlook では1日に数回〜1回程度）。最新の状態はこのサイトで確認できます。",
    single: "購読せずに予約を1件だけ追加するには、予約一覧の「カレンダーに追加（.ics）」を使います。この場合、後の変更は反映されません。",
  },
  ics: {
    download: "カレンダーに追加（.ics）",
    downloading: "準備中…",
    failed: "カレンダーファイルをダウンロードできませんでした。もう一度お試しください。",
  },
};
