import type { LessonText } from './types.js';

/**
 * Les mots de la leçon en français, rangés par slug de chapitre, slug d'étape
 * et identifiant de question de `outline.ts` (paragraphes, citations et
 * dates dans l'ordre du plan). Tout ce qui n'est pas du texte (ordre, minutes,
 * démos, sources, bonnes réponses) est dans le plan.
 */
export const textFr = {
  chapters: {
    vote: {
      title: 'La nuit du vote',
      summary:
        '20 mars 2025 : par 119 voix contre 24, l’Assemblée nationale refuse d’ouvrir les messageries aux services de renseignement.',
      steps: {
        'the-bill': {
          title: 'Un article glissé dans une loi contre le narcotrafic',
          lead: 'En janvier 2025, le Sénat ajoute l’article 8 ter : livrer aux services les messages déchiffrés sous 72 heures.',
          paragraphs: [
            'Début 2025, le Parlement examine la « proposition de loi visant à sortir la France du piège du narcotrafic ». Le texte vient de deux sénateurs, Jérôme Durain (PS) et Étienne Blanc (LR), et le Sénat l’adopte à la quasi-unanimité le 4 février 2025, par 338 voix contre 1.',
            'Pendant ces débats, le 28 janvier 2025, les sénateurs ajoutent un article 8 ter (amendement n° 73). Il aurait obligé les messageries chiffrées à pouvoir remettre aux services de renseignement, en clair, les messages de personnes suspectes, dans les 72 heures suivant une demande.',
            'Le texte passe ensuite à l’Assemblée nationale. Le 5 mars 2025 au soir, sa commission des lois supprime l’article. Le ministre de l’Intérieur de l’époque, Bruno Retailleau, veut le rétablir. En séance, trois députés du bloc central proposent une version réécrite, et le ministre est accusé de vouloir faire revenir sa mesure « par la fenêtre ».',
          ],
          notes: [
            'Commencez par une question au tableau : « La police devrait-elle pouvoir lire les messages WhatsApp d’un suspect ? » Faites voter à main levée et notez le résultat : vous y reviendrez à la toute fin.',
            'Expliquez deux mots : un amendement est une modification proposée à un texte de loi ; « 8 ter » n’est qu’une numérotation, un article inséré après les articles 8 et 8 bis.',
            'Restez simple sur la navette : Sénat, puis Assemblée (d’abord en commission, puis en séance), puis accord des deux chambres.',
            'Durée : environ 2 minutes.',
          ],
        },
        'the-night': {
          title: 'La nuit où la machine à voter a lâché',
          demoTitle: 'Le vote',
          lead: '20 mars 2025 : le vote électronique tombe en panne, appel nominal, puis le résultat : 119 contre, 24 pour.',
          paragraphs: [
            'Le jeudi 20 mars 2025 au soir, les députés s’apprêtent à voter sur des amendements qui rétabliraient l’article. C’est alors que le système de vote électronique tombe en panne. Pendant environ une heure, les services tentent de le réparer, et certains députés se demandent tout haut s’il n’a pas été piraté.',
            'Naïma Moutchou (Horizons), vice-présidente de l’Assemblée, préside la séance. Elle assure qu’il ne s’agit pas d’un problème de sécurité informatique : une petite pièce du système a simplement chauffé. Elle revient alors à la méthode d’autrefois. Elle appelle un par un, par leur nom, les 577 députés, et chaque député présent répond « pour » ou « contre » au micro.',
            'Peu avant minuit, elle annonce le résultat : 119 voix contre, 24 pour. L’article ne revient pas dans le texte.',
          ],
          quotes: [
            {
              text: 'Nous ne sommes pas victimes d’un dysfonctionnement lié à la sécurité informatique.',
              speaker:
                'Naïma Moutchou, alors vice-présidente de l’Assemblée nationale (Horizons), propos rapportés par Le Monde (retraduits de l’anglais)',
            },
          ],
          notes: [
            'Montrez le graphique du décompte, puis demandez : 119 + 24 = 143 suffrages exprimés, sur 577 députés. Pourquoi si peu ? (Il était tard : seuls les députés présents dans l’hémicycle ont répondu à l’appel de leur nom.)',
            'La presse a souligné l’ironie : un vote sur la sécurité numérique interrompu par une panne informatique. Précisez que la présidente de séance a clairement écarté l’hypothèse d’une attaque.',
            'Durée : environ 3 minutes, démo comprise.',
          ],
        },
        'who-argued-what': {
          title: 'Qui a défendu quoi',
          lead: 'Pour : les enquêteurs se disent « aveugles ». Contre : une porte ouverte pour la police l’est aussi pour d’autres.',
          paragraphs: [
            'Pour la mesure : Bruno Retailleau soutient que les enquêteurs doivent pouvoir lire ce que les criminels s’écrivent. Il cite le cas de Mohamed Amra, trafiquant présumé évadé lors d’un transfèrement et resté en fuite neuf mois : avec les outils du texte, selon lui, la traque aurait pu durer deux fois moins longtemps. La directrice de la DGSI, le renseignement intérieur, affirme que son service est « aveugle » sur ce que disent ses cibles.',
            'Contre : le 4 mars 2025, le comité de pilotage de la Global Encryption Coalition publie une lettre ouverte demandant la suppression de l’article. La CNIL et des experts en sécurité préviennent qu’un accès créé pour les autorités pourrait tout aussi bien servir à d’autres. L’Electronic Frontier Foundation (EFF) y voit le retour du modèle du « participant fantôme » : une porte dérobée qui permet à la police de rejoindre discrètement des conversations chiffrées.',
            'Le 19 mars, Meredith Whittaker, présidente de la Signal Foundation, déclare que Signal préférerait quitter la France plutôt que d’affaiblir son chiffrement.',
            'Plus tôt dans la même soirée, les députés ont débattu d’un autre outil : l’expérimentation du renseignement algorithmique pour détecter la criminalité organisée. Élisa Martin (LFI) y voit un filet jeté très large sur la vie privée (ses mots ne nous sont parvenus que par une traduction automatique du Monde) ; Bruno Retailleau, alors ministre de l’Intérieur, répond que le dispositif est encadré et ciblé. L’Assemblée l’adopte ce soir-là ; en juin, le Conseil constitutionnel la censure.',
          ],
          quotes: [
            {
              text: 'Très concrètement, nous sommes aveugles sur le contenu des conversations de nos cibles.',
              speaker:
                'Céline Berthon, alors directrice générale de la sécurité intérieure (DGSI), dans le Journal du dimanche du 16 mars 2025',
            },
            {
              text: 'C’est encadré, c’est ciblé.',
              speaker:
                'Bruno Retailleau, alors ministre de l’Intérieur, à propos du renseignement algorithmique, propos rapportés par Le Monde (retraduits de l’anglais)',
            },
            {
              text: 'Une porte dérobée qui prétend ne pas en être une.',
              speaker:
                'Electronic Frontier Foundation, à propos du modèle du « participant fantôme » (traduction)',
            },
            {
              text: 'La loi rendra la France moins sûre face aux criminels et aux puissances étrangères hostiles.',
              speaker:
                'Comité de pilotage de la Global Encryption Coalition, lettre ouverte du 4 mars 2025 (traduction)',
            },
          ],
          notes: [
            'Tracez deux colonnes au tableau, « pour » et « contre », et remplissez-les au fil de la lecture. Veillez à ce que chaque colonne contienne de vrais arguments, pas des caricatures.',
            'Soyez précis : le « encadré, ciblé » de Bruno Retailleau portait sur l’expérimentation du renseignement algorithmique, pas sur l’article sur le chiffrement. Cette expérimentation a ensuite été censurée par le Conseil constitutionnel.',
            'Demandez ce que Céline Berthon entend par « aveugles ». (Les services peuvent intercepter les échanges, mais pas les lire.) Gardez la réponse pour le chapitre 2.',
            'Durée : environ 3 minutes.',
          ],
        },
      },
    },
    e2ee: {
      title: 'Comment fonctionne le chiffrement de bout en bout',
      summary: 'Écrivez de vrais messages et regardez ce que le serveur voit… et ne voit pas.',
      steps: {
        'alice-and-bob': {
          title: 'Alice, Bob et le serveur',
          demoTitle: 'Une conversation privée à deux',
          lead: 'Chaque téléphone crée ses clés : le serveur transmet un texte chiffré qu’il ne peut pas lire, mais voit les métadonnées.',
          paragraphs: [
            'Dans une messagerie chiffrée de bout en bout comme Signal ou WhatsApp, chaque téléphone fabrique ses propres clés : une clé publique, qu’il peut donner à tout le monde, et une clé privée, qui ne quitte jamais l’appareil.',
            'Écrivez un message en tant qu’Alice. Avant de quitter son téléphone, il est verrouillé de sorte que seul le téléphone de Bob puisse l’ouvrir. Le serveur du fournisseur le transmet, mais il n’a entre les mains que du texte chiffré : des octets qui ont l’air aléatoires.',
            'Le serveur apprend pourtant beaucoup de choses : qui écrit à qui, quand, à quelle fréquence, et à peu près quelle est la longueur de chaque message. Ce sont les métadonnées. Le chiffrement de bout en bout cache la lettre, pas l’enveloppe.',
          ],
          notes: [
            'Faites écrire deux volontaires, l’un dans le rôle d’Alice, l’autre dans celui de Bob, et projetez la vue du serveur. Mettez la classe au défi de lire un message depuis le panneau du serveur : impossible.',
            'Demandez ce que le serveur peut encore apprendre et amenez la classe vers les métadonnées : qui, quand, combien de fois, quelle longueur.',
            'Si une image aide : un coffret fermé à clé envoyé par la poste. Le facteur voit l’adresse et le poids, pas la lettre.',
            'Durée : environ 3 minutes.',
          ],
        },
        'a-group': {
          title: 'Une conversation de groupe : qui peut lire quoi',
          demoTitle: 'Une conversation de groupe',
          lead: 'Chaque message a sa propre clé, verrouillée pour l’appareil de chaque membre : le serveur relaie tout et ne lit rien.',
          paragraphs: [
            'Alice, Bob et Carol partagent maintenant un groupe. Chaque message reçoit sa propre clé, toute neuve. L’application de l’expéditeur chiffre le message une seule fois, puis verrouille une copie de cette clé de message pour l’appareil de chaque membre.',
            'Le tableau se remplit au fil des envois. Une coche signifie que l’appareil de cette personne a réellement déchiffré le message : l’application a vraiment essayé chaque clé, elle ne s’est pas contentée de consulter une liste.',
            'Le serveur a lui aussi sa colonne. Elle reste vide : il relaie tous les messages et n’en lit aucun.',
          ],
          notes: [
            'Envoyez trois ou quatre messages et faites deviner chaque ligne avant qu’elle ne se remplisse.',
            'Écrivez au tableau la règle sur laquelle repose toute la leçon : on ne peut lire un message que si une copie de sa clé a été verrouillée pour son appareil au moment de l’envoi.',
            'Durée : environ 2 minutes.',
          ],
        },
        'one-message': {
          title: 'Un message, étape par étape',
          demoTitle: 'Un message, pas à pas',
          lead: 'Tirer une clé, chiffrer, l’envelopper pour chaque appareil, signer, relayer, vérifier, déchiffrer : pas à pas.',
          paragraphs: [
            'Suivez un seul message. 1. L’application d’Alice tire au hasard une clé de message toute neuve. 2. Elle chiffre le texte avec XChaCha20-Poly1305, qui détecte aussi toute modification en route. 3. Elle verrouille (« enveloppe ») la clé de message pour chaque appareil destinataire, grâce à un accord de clés X25519 avec la clé publique de cet appareil. 4. Elle signe le paquet avec la clé de signature Ed25519 d’Alice.',
            '5. Le serveur relaie le paquet. 6. L’application de Bob vérifie la signature, ouvre l’enveloppe de la clé de message avec sa clé privée, puis déchiffre le texte. Si un seul octet a été modifié en route, le déchiffrement échoue au lieu d’afficher un message faux.',
            'La démo s’appuie sur la bibliothèque libsodium. Les vraies messageries utilisent les mêmes familles d’outils (accord de clés, chiffrement authentifié, signatures), assemblées dans des protocoles plus élaborés.',
          ],
          notes: [
            'Avancez lentement, un clic par étape. Pour chacune, demandez contre quoi elle protège : quelqu’un qui lit, quelqu’un qui modifie le message, quelqu’un qui se fait passer pour Alice.',
            'Les octets affichés sont réels, rien n’est saisi à la main. Envoyez deux fois le même texte : le texte chiffré change à chaque fois (nouvelle clé, nouveau nonce).',
            'Durée : environ 3 minutes. Si le temps manque, passez directement à l’étape 6.',
          ],
        },
      },
    },
    ghost: {
      title: 'Le participant fantôme',
      summary:
        'Une idée du GCHQ : ajouter un membre silencieux à la conversation et cacher l’avertissement.',
      steps: {
        'the-proposal': {
          title: 'Un membre de trop, invisible',
          lead: 'GCHQ, 2018 : le fournisseur pourrait ajouter en silence un « fantôme » des forces de l’ordre à une conversation.',
          paragraphs: [
            'En novembre 2018, Ian Levy et Crispin Robinson, deux hauts responsables du GCHQ, le service britannique de renseignement électronique, publient un essai sur le site Lawfare. Leur idée : puisque c’est le fournisseur qui gère la liste des participants, il pourrait ajouter discrètement un participant pour le compte de la police, sans afficher l’avertissement habituel aux utilisateurs.',
            'Le 30 mai 2019, une lettre ouverte signée par 47 entreprises, associations et experts, dont Apple, Google, Microsoft et WhatsApp, leur répond. Pour ajouter le fantôme, expliquent-ils, le fournisseur devrait distribuer une nouvelle clé et supprimer les avertissements que voient normalement les utilisateurs. Cela casserait précisément ce qui permet de savoir à qui l’on parle.',
            'L’article français était lui aussi un fantôme. Le ministre de l’Intérieur de l’époque affirmait qu’il ne créait pas de porte dérobée, mais l’envoi d’une copie des messages à un tiers : la solution dite du « fantôme ». Autrement dit, un message envoyé de A à B partirait aussi vers C. Un troisième lecteur ajouté par l’application sans prévenir personne, c’est précisément le fantôme, et l’EFF a dit la même chose du texte français.',
          ],
          notes: [
            'Demandez : qui décide de qui fait partie d’un groupe WhatsApp ? (Les membres appuient sur « ajouter », mais c’est le serveur qui tient la liste et l’annonce à chaque application.) Cette liste est le point faible qu’utilise le fantôme.',
            'Soyez juste envers les auteurs : ils présentaient le fantôme comme un outil ciblé, plus proche d’une écoute téléphonique que d’un chiffrement cassé. La lettre ouverte répondait qu’il détruit la confiance de tous les utilisateurs.',
            'Dessinez-le : A écrit à B, et C reçoit aussi le message. Demandez : qui est C dans notre démo ? (Le fantôme.)',
            'Durée : environ 2 minutes.',
          ],
        },
        'access-order': {
          title: 'L’ordre d’accès',
          demoTitle: 'L’ordre d’accès',
          lead: 'Le serveur ajoute le fantôme au groupe et le cache : les applis verrouillent aussi pour lui chaque nouvelle clé.',
          paragraphs: [
            'C’est vous qui jouez les autorités. Émettez l’ordre d’accès pour le groupe. Le serveur obéit : il ajoute l’appareil du fantôme à la liste des membres et demande aux applications des membres de ne pas l’afficher.',
            'À partir de ce moment, les applications des membres verrouillent aussi une copie de chaque nouvelle clé de message pour le fantôme. Regardez le tableau : une nouvelle colonne apparaît. Elle se remplit pour les messages envoyés après l’ordre, et reste vide pour ceux d’avant.',
            'Rien n’a été cassé dans le chiffrement. Les mathématiques fonctionnent toujours parfaitement : on a simplement demandé aux applications de chiffrer pour un lecteur de plus.',
          ],
          notes: [
            'Avant de cliquer, faites parier la classe : le fantôme pourra-t-il lire les messages précédents ? Beaucoup diront oui. Montrez ensuite la colonne.',
            'Pourquoi seulement les messages suivants : les clés des anciens messages n’ont été verrouillées que pour les appareils qui étaient membres à ce moment-là.',
            'Durée : environ 3 minutes.',
          ],
        },
        'the-hidden-notice': {
          title: 'L’avertissement que personne n’a vu',
          demoTitle: 'Ce que les membres ont vu',
          lead: 'Les applis auraient dit « quelqu’un a rejoint » : le fantôme exige que le fournisseur puisse cacher qui lit.',
          paragraphs: [
            'Les messageries affichent normalement une ligne dans la conversation quand quelqu’un rejoint le groupe, ou quand le code de sécurité d’un contact change. Ici, le fournisseur l’a supprimée. Faites réapparaître l’avertissement que les applications des membres auraient dû montrer.',
            'C’est le cœur du problème. Le fantôme ne fonctionne que si le fournisseur peut obliger votre application à cacher qui lit. Une loi qui impose cela oblige les fournisseurs à fabriquer des applications capables de cacher des lecteurs, et quiconque prend le contrôle de cet interrupteur peut s’en servir.',
          ],
          notes: [
            'Demandez : si vous aviez vu cet avertissement, qu’auriez-vous fait ? (Quitter le groupe, prévenir ses amis, arrêter d’écrire.) C’est exactement pour cela que le dispositif a besoin de le cacher.',
            'Faites le lien avec la lettre ouverte : la suppression des avertissements est précisément ce que contestaient les 47 signataires.',
            'Durée : environ 3 minutes, puis passez au chapitre 4.',
          ],
        },
      },
    },
    catch: {
      title: 'Démasquer le fantôme',
      summary:
        'Numéros de sécurité, liste des membres signée par les membres, et ce que font les vraies messageries.',
      steps: {
        'safety-numbers': {
          title: 'Les numéros de sécurité',
          demoTitle: 'Comparer les numéros de sécurité',
          lead: 'Comparez les numéros de sécurité : s’ils concordent, personne n’a glissé une autre clé entre Alice et Bob.',
          paragraphs: [
            'Deux contacts peuvent comparer un numéro de sécurité : une empreinte calculée à partir de leurs deux clés publiques. Si Alice et Bob lisent le même numéro sur leurs écrans, face à face ou au téléphone, personne n’a pu glisser une autre clé entre eux.',
            'Quand la clé d’un contact change, Signal affiche dans la conversation un avertissement indiquant que le numéro de sécurité a changé. Le plus souvent, c’est sans gravité (un nouveau téléphone, par exemple), mais c’est aussi exactement ce que provoquerait une clé substituée.',
            'Utilisez la démo : comparez les numéros sur deux téléphones, puis regardez ce qui change quand le serveur glisse sa propre clé.',
          ],
          notes: [
            'Faites lire leur numéro à voix haute à deux élèves. Demandez pourquoi la comparaison doit se faire en dehors de l’application. (Si le serveur pouvait changer les clés, il pourrait aussi changer le numéro affiché.)',
            'Parlez des habitudes : beaucoup de gens passent ces avertissements sans vérifier. Une protection ne sert que si quelqu’un regarde.',
            'Durée : environ 2 minutes.',
          ],
        },
        'verify-the-roster': {
          title: 'Qui se porte garant de la liste des membres ?',
          demoTitle: 'Vérifier qui est dans le groupe',
          lead: 'Ici, la liste du serveur décide qui reçoit une clé ; une liste signée par les membres l’empêche d’ajouter seul un lecteur.',
          paragraphs: [
            'Le fantôme se cache dans la liste des membres fournie par le serveur. Dans le groupe de la démo, comme dans les groupes WhatsApp, c’est cette liste qui décide qui reçoit une clé : l’application de Carol chiffre pour chaque appareil qu’elle contient, et la seule alerte est une notification que le serveur peut demander à l’application de cacher. L’application prudente de Carol peut signaler un appareil caché de l’écran, mais elle chiffre quand même pour lui.',
            'Dans un groupe signé par les membres, comme avec MLS, chaque changement de la liste est signé par un membre actuel et enchaîné au changement précédent. Le serveur ne peut pas imiter la signature d’un membre : il ne peut donc pas ajouter seul un fantôme, l’application de chaque membre le refuserait.',
            'L’ordre doit alors viser les applications : il peut obliger l’application d’un membre à signer l’arrivée du fantôme et à la cacher, et le fantôme lit de nouveau en silence. C’était l’objection centrale de la lettre ouverte de 2019 : la porte dérobée, c’est l’application qui obéit.',
          ],
          notes: [
            'Montrez la ligne signalée : l’application de Carol connaît le Fantôme puisque c’est elle qui chiffre pour lui, et pourtant elle chiffre quand même pour lui. Demandez ce qui changerait si les membres signaient la liste. (Le serveur ne pourrait plus ajouter seul un lecteur ; il pourrait encore retarder ou bloquer des changements, et voir les métadonnées.)',
            'Si un élève demande « et si la loi oblige l’application à signer l’arrivée du fantôme ? » : c’est exactement le dernier paragraphe. C’est pour cela que les logiciels libres et les audits indépendants comptent.',
            'Durée : environ 3 minutes.',
          ],
        },
        'member-signed': {
          title: 'Le même ordre, deux sortes de groupe',
          demoTitle: 'Un ordre d’accès contre les deux sortes de groupe',
          lead: 'Si la liste du serveur fait loi, le fantôme entre seul ; si les membres la signent, il faut une appli qui obéit.',
          paragraphs: [
            'À gauche, un groupe dont le serveur gère la liste des membres, comme les groupes WhatsApp : l’ordre d’accès ajoute le Fantôme, le cache, supprime les notifications, et chaque appli chiffre le message suivant pour lui. À droite, un groupe signé par les membres, comme dans MLS : le même ordre ne change rien, car aucun membre n’a signé l’entrée du Fantôme, donc aucune appli de membre ne chiffre pour lui.',
            'L’ordre vise alors une appli : une mise à jour imposée au téléphone de Bob fait signer à son appli l’entrée du Fantôme et le lui cache. Les autres applis acceptent la signature de Bob, et le Fantôme lit de nouveau. La lettre ouverte de 2019 mettait en garde contre exactement cela : la porte dérobée devient l’appli elle-même.',
          ],
          notes: [
            'Cliquez l’ordre à gauche, puis « Alice envoie un message » : la colonne du Fantôme se coche. Même chose à droite : une croix, et le statut dit pourquoi (aucun membre ne l’a fait entrer).',
            'Imposez ensuite la mise à jour au téléphone de Bob et envoyez de nouveau : le Fantôme se coche aussi à droite. Demandez : qui pourrait s’en apercevoir maintenant ? (Les applis d’Alice et de Carol affichent « ajouté par Bob » ; celle de Bob le cache. Les applis libres et les compilations reproductibles rendent une telle mise à jour plus difficile à glisser.)',
            'Chaque coche est une vraie tentative de déchiffrement, pas une consultation de liste. Durée : environ 2 minutes.',
          ],
        },
        'real-messengers': {
          title: 'Ce que font les vraies messageries',
          lead: 'Signal : numéros de sécurité ; WhatsApp : registre public des clés ; MLS : chaque application traite chaque ajout.',
          paragraphs: [
            'Signal permet aux contacts de comparer leurs numéros de sécurité et prévient quand un numéro change.',
            'Les groupes WhatsApp utilisent des « Sender Keys » (clés d’expéditeur) : chaque expéditeur partage une clé de groupe avec les membres par des sessions chiffrées individuelles. Le serveur de WhatsApp gère la liste des membres et les applications affichent les changements dans la conversation. Le 13 avril 2023, WhatsApp annonce la transparence des clés et commence à la déployer : un annuaire vérifiable qui permet à l’application de contrôler automatiquement que la clé reçue pour un contact est bien celle que tout le monde voit.',
            'La norme plus récente MLS (Messaging Layer Security, RFC 9420, publiée en 2023) va plus loin : ajouter un membre est un « Commit » (une validation) que l’application de chaque membre traite, et le nouveau venu apparaît dans la copie de l’arbre du groupe que détient chaque membre. Toutes les applications sont donc informées du changement ; une application conçue pour le cacher pourrait pourtant se taire : d’où l’importance des applications elles-mêmes.',
          ],
          notes: [
            'Restez bref. L’idée : les vraies applications ont déjà les outils pour repérer un fantôme ; en cacher un obligerait à modifier les applications elles-mêmes.',
            'Demandez : qu’est-ce qui est le plus difficile à tromper, un avertissement qu’une personne doit lire, ou une vérification faite automatiquement par l’application ?',
            'Durée : environ 2 minutes.',
          ],
        },
      },
    },
    escrow: {
      title: 'Une porte dérobée, mais pour qui ?',
      summary:
        'Le séquestre de clés : une clé maîtresse pour les autorités, et ce qui arrive quand Mallory la vole.',
      steps: {
        'master-key': {
          title: 'Une clé maîtresse',
          lead: 'Séquestre de clés : chaque clé de message est aussi verrouillée pour une clé maîtresse détenue par une agence.',
          paragraphs: [
            'Le séquestre de clés est une idée plus ancienne que le fantôme : chaque clé de message est aussi verrouillée pour une clé supplémentaire détenue par une agence, la clé maîtresse. Les autorités n’ont alors plus besoin de rejoindre une conversation : avec la clé maîtresse, elles peuvent ouvrir n’importe quel message intercepté.',
            'Avec le séquestre, chaque message porte une enveloppe de plus, adressée à l’agence. Rien ne change sur l’écran des membres : l’étape suivante le montre dans une messagerie où la loi impose le séquestre.',
            'Les spécialistes de la sécurité appellent ce genre de mécanisme une porte dérobée : un moyen délibéré de contourner le chiffrement. La lettre de la Global Encryption Coalition décrit ces portes dérobées comme des failles de sécurité intentionnelles, qui mettent en danger la sécurité de tous les utilisateurs.',
            'Le séquestre a déjà été essayé. En 1993, les États-Unis proposent la puce Clipper : chaque communication transporte un champ contenant la clé destinée aux autorités. En 1994, Matt Blaze montre qu’un appareil peut remplir ce champ avec un faux et continuer à communiquer avec les autres appareils Clipper. Le réseau ne peut pas vérifier un séquestre que les appareils des utilisateurs doivent eux-mêmes insérer.',
          ],
          notes: [
            'Faites la comparaison avec le fantôme : le fantôme est ajouté à une conversation quand un ordre est émis ; le séquestre est intégré à chaque message de chaque utilisateur, en permanence.',
            'Durée : environ 2 minutes.',
          ],
        },
        mallory: {
          title: 'Mallory vole la clé maîtresse',
          demoTitle: 'La clé maîtresse volée',
          lead: 'Mallory vole la clé maîtresse : elle ouvre tout ce qui était verrouillé pour l’agence, passé et futur.',
          paragraphs: [
            'Mallory est l’attaquante classique des histoires de cryptographie. Dans la démo, elle s’introduit dans l’agence et copie la clé maîtresse. Allez-y : laissez-la la voler.',
            'Avec cette seule clé, Mallory ouvre tous les messages enveloppés pour l’agence, dans toutes les conversations : les anciens messages qu’elle avait enregistrés, et tous les nouveaux jusqu’à ce que la clé soit remplacée. Regardez le tableau : sa colonne se remplit partout.',
            'Comparez avec le fantôme. Le fantôme lit une seule conversation, et seulement à partir du moment où il y entre. Une clé maîtresse volée lit tout, le passé comme l’avenir.',
          ],
          notes: [
            'Demandez comment Mallory pourrait obtenir d’anciens messages. (Trafic réseau enregistré, serveur piraté, sauvegarde copiée.) Un texte chiffré sans danger aujourd’hui devient lisible le jour où la clé fuit.',
            'Demandez : quelqu’un remarquerait-il seulement le vol ? Souvent non, et c’est une partie du danger.',
            'Durée : environ 3 minutes.',
          ],
        },
        'good-guys-only': {
          title: 'Seulement pour les gentils ?',
          lead: 'Une clé maîtresse est une cible pour tous les attaquants : l’affaiblir pour quelques-uns, c’est l’affaiblir pour tous.',
          paragraphs: [
            'Une clé maîtresse doit être manipulée par des personnes : agents, techniciens, sous-traitants. Chacune est une fuite possible, et les services de renseignement étrangers en feraient l’une des cibles les plus précieuses du pays. Une seule clé, c’est une seule cible pour tous les attaquants à la fois. Et une clé ne sait pas si une autorisation a été donnée : elle ouvre la serrure à quiconque la détient.',
            'C’est l’argument des « vulnérabilités systémiques » avancé par les experts en sécurité contre l’article français : affaiblir le chiffrement pour quelques personnes, c’est l’affaiblir pour tous les utilisateurs, pas seulement pour les criminels. La Global Encryption Coalition écrivait que la loi rendrait la France « moins sûre face aux criminels et aux puissances étrangères hostiles » (traduction). En 2015, quinze experts en sécurité, dont Whitfield Diffie et Ronald Rivest, arrivent à la même conclusion dans un rapport intitulé « Keys Under Doormats » (des clés sous le paillasson).',
          ],
          notes: [
            'Demandez des exemples réels de fuites que les élèves connaissent : fuites de données, mots de passe divulgués. Tout système géré par des humains peut fuir.',
            'Soyez équitable : les partisans répondent que l’accès serait strictement encadré. En France, une technique de renseignement est autorisée par le Premier ministre après avis de la CNCTR, une commission indépendante, et la DGSI assurait que l’accès viserait des individus qui représentent une menace, comme une écoute téléphonique. Demandez si un contrôle, quel qu’il soit, peut arrêter un voleur qui détient déjà la clé.',
            'Durée : environ 2 minutes.',
          ],
        },
      },
    },
    after: {
      title: 'Après le vote, et ailleurs',
      summary:
        'Ce que la France a finalement adopté, la suite, et le Royaume-Uni, l’UE et l’Australie. Dernière vérification : 28 novembre 2026.',
      steps: {
        france: {
          title: 'France : la loi, sans l’article',
          lead: 'Loi adoptée fin avril 2025 sans la clause sur le chiffrement ; en juin, le Conseil constitutionnel censure six articles.',
          paragraphs: [
            'Le texte poursuit son chemin sans l’article sur le chiffrement. L’Assemblée l’adopte le 1er avril 2025, députés et sénateurs s’accordent sur un texte commun le 10 avril, et le Parlement l’adopte définitivement les 28 et 29 avril 2025. Le texte final ne contient aucune obligation pour les messageries d’ouvrir les messages chiffrés.',
            'Le 12 juin 2025, le Conseil constitutionnel censure tout ou partie de six articles. Parmi eux, l’article 15, l’expérimentation du renseignement algorithmique (y compris sur les adresses web) adoptée par l’Assemblée le soir du vote : elle n’a donc pas survécu. D’autres outils sont validés, comme l’activation à distance du téléphone ou de l’ordinateur d’un suspect pour enregistrer le son et l’image. La loi est promulguée le lendemain : c’est la loi n° 2025-532.',
            'Une autre mesure a fait consensus : un statut renforcé pour les « repentis », ces membres de réseaux criminels qui coopèrent avec la justice. D’après Gérald Darmanin, alors garde des Sceaux, la France en comptait 42, contre environ un millier en Italie ; leur peine pourrait être réduite jusqu’aux deux tiers.',
            'La question est revenue. Le 12 mars 2025, le Sénat ajoute un article 16 bis au projet de loi « Résilience » sur la cybersécurité : nul ne pourra imposer à un fournisseur de chiffrement d’y intégrer une porte dérobée. En septembre 2025, la commission spéciale de l’Assemblée l’étend à « tout autre mécanisme ou processus », pour viser le fantôme. Le 21 janvier 2026, le gouvernement confie au député Florent Boudié une mission de trois mois sur l’accès légal des enquêteurs aux messages chiffrés.',
          ],
          timeline: [
            {
              status: 'adopté par le Sénat',
              text: 'Le Sénat ajoute l’article 8 ter (amendement n° 73) : les messageries devraient donner aux services de renseignement l’accès aux messages de suspects.',
            },
            {
              status: 'supprimé en commission',
              text: 'La commission des lois de l’Assemblée supprime l’article 8 ter.',
            },
            {
              status: 'adopté par le Sénat',
              text: 'Dans le projet de loi « Résilience » sur la cybersécurité, le Sénat ajoute un article 16 bis : on ne pourra pas obliger un fournisseur de chiffrement à intégrer une porte dérobée.',
            },
            {
              status: 'rejeté',
              text: 'Tard dans la nuit, après l’appel des 577 députés, l’Assemblée rejette par 119 voix contre 24 les amendements qui rétablissaient l’article.',
            },
            {
              status: 'adopté, puis censuré',
              text: 'Le même soir, l’Assemblée adopte l’expérimentation du renseignement algorithmique contre la criminalité organisée. Le Conseil constitutionnel la censure le 12 juin 2025 (article 15).',
            },
            {
              status: 'adopté par l’Assemblée',
              text: 'L’Assemblée adopte l’ensemble du texte en première lecture, par 436 voix contre 75, sans l’article sur le chiffrement.',
            },
            {
              status: 'accord',
              text: 'La commission mixte paritaire (députés et sénateurs) s’accorde sur un texte commun.',
            },
            {
              status: 'adoption définitive',
              text: 'Adoption définitive : par le Sénat le 28 avril, puis par l’Assemblée le 29 avril. Aucune obligation sur le chiffrement.',
            },
            {
              status: 'décision',
              text: 'Décision n° 2025-885 DC : le Conseil constitutionnel censure tout ou partie de six articles, dont l’expérimentation du renseignement algorithmique (article 15), et valide le reste, dont l’activation à distance des appareils.',
            },
            {
              status: 'promulguée',
              text: 'La loi est promulguée : loi n° 2025-532 du 13 juin 2025.',
            },
            {
              status: 'étendu en commission',
              text: 'La commission spéciale de l’Assemblée étend l’article 16 bis aux clés maîtresses « ou tout autre mécanisme ou processus » donnant un accès non consenti, pour viser le fantôme.',
            },
            {
              status: 'nouveau ministre',
              text: 'Laurent Nuñez succède à Bruno Retailleau au ministère de l’Intérieur.',
            },
            {
              status: 'mission',
              text: 'Un décret confie au député Florent Boudié une mission gouvernementale de trois mois sur l’accès légal aux communications chiffrées.',
            },
          ],
          notes: [
            'Insistez sur le vocabulaire : proposé, adopté par une chambre, supprimé, rejeté, promulgué. L’article sur le chiffrement a été adopté par le Sénat, puis supprimé et rejeté par l’Assemblée : il n’est jamais devenu loi.',
            'Demandez : le vote a protégé le chiffrement, mais la même loi a ajouté d’autres outils de surveillance, comme l’activation à distance des appareils d’un suspect (l’expérimentation algorithmique, elle, a été censurée). Est-ce contradictoire ? (Pas forcément : des outils visant un suspect, d’un côté ; l’affaiblissement de la sécurité de tous, de l’autre.)',
            'Durée : avec 5 minutes pour tout le chapitre, consacrez-en 2 à la France et choisissez un seul autre pays.',
          ],
        },
        'united-kingdom': {
          title: 'Royaume-Uni : les sauvegardes chiffrées d’Apple',
          lead: '2025 : ordre secret du Royaume-Uni à Apple, qui retire ses sauvegardes chiffrées aux nouveaux utilisateurs britanniques.',
          paragraphs: [
            'Le 7 février 2025, le Washington Post révèle que le gouvernement britannique a adressé à Apple une injonction secrète dite « technical capability notice » (avis de capacité technique), en vertu de l’Investigatory Powers Act de 2016, pour exiger l’accès aux données iCloud chiffrées. La loi interdit, sous peine de poursuites, de révéler une telle injonction : le public l’a donc apprise par la presse.',
            'Le 21 février 2025, Apple cesse de proposer la Protection avancée des données, son chiffrement de bout en bout pour iCloud, aux nouveaux utilisateurs britanniques, et annonce que les utilisateurs actuels au Royaume-Uni devront à terme la désactiver.',
            'Le 19 août 2025, la directrice du renseignement national américain annonce que le Royaume-Uni a renoncé à son exigence pour ce qui concerne les Américains. Le Financial Times révèle ensuite une nouvelle injonction, en septembre 2025, limitée aux données des utilisateurs britanniques. Le 1er octobre 2025, Apple indique qu’elle ne peut toujours pas proposer la Protection avancée des données aux nouveaux utilisateurs britanniques ; Privacy International et Liberty contestent ces injonctions devant l’Investigatory Powers Tribunal (le tribunal des pouvoirs d’enquête).',
          ],
          timeline: [
            {
              status: 'révélé par la presse',
              text: 'Le Washington Post révèle une injonction secrète exigeant d’Apple l’accès aux données iCloud chiffrées.',
            },
            {
              status: 'retiré',
              text: 'Apple retire la Protection avancée des données pour les nouveaux utilisateurs au Royaume-Uni.',
            },
            {
              status: 'annoncé',
              text: 'La directrice du renseignement national américain annonce que le Royaume-Uni renonce à son exigence pour les données des Américains.',
            },
            {
              status: 'révélé par la presse',
              text: 'Le Financial Times révèle une nouvelle injonction, adressée en septembre et limitée aux utilisateurs britanniques ; Apple indique que la Protection avancée des données reste indisponible pour les nouveaux utilisateurs britanniques.',
            },
          ],
          notes: [
            'Soulignez les différences avec la France : l’exigence est secrète, et l’entreprise a préféré retirer une protection plutôt que de construire un accès.',
            'Demandez : qui perd quand une protection est retirée ? (Tous les utilisateurs britanniques, pas seulement les suspects.)',
          ],
        },
        'european-union': {
          title: 'Union européenne : « Chat Control »',
          lead: '« Chat Control » : proposé en 2022 ; en novembre 2025, les États renoncent au scan obligatoire. Pas encore une loi.',
          paragraphs: [
            'En mai 2022, la Commission européenne propose un règlement pour prévenir et combattre les abus sexuels sur enfants en ligne. Ses détracteurs le surnomment « Chat Control », car il prévoyait des injonctions de détection pouvant obliger les services à analyser les messages des utilisateurs, ce qui toucherait aussi les messageries chiffrées.',
            'Le 26 novembre 2025, les gouvernements de l’UE adoptent la position du Conseil. Elle abandonne les injonctions d’analyse obligatoires, laisse l’analyse par les fournisseurs volontaire et ajoute une obligation d’évaluer et de réduire les risques. Ce n’est pas la loi finale : les négociations avec le Parlement européen (les « trilogues ») ont suivi et n’avaient pas abouti à une loi à la date indiquée plus haut.',
            'La règle temporaire qui permet aux fournisseurs d’analyser volontairement les messages a expiré le 3 avril 2026, après le vote du Parlement contre sa prolongation le 26 mars. Entre-temps, la stratégie de sécurité de la Commission, ProtectEU (avril 2025), a annoncé une feuille de route sur l’accès légal aux données ; celle du 24 juin 2025 vise à doter Europol de capacités de déchiffrement d’ici 2030.',
          ],
          timeline: [
            {
              status: 'proposé',
              text: 'La Commission européenne propose le règlement, avec des injonctions de détection pouvant imposer l’analyse des messages.',
            },
            {
              status: 'stratégie',
              text: 'La stratégie ProtectEU de la Commission annonce une feuille de route sur l’accès légal aux données et une feuille de route technologique sur le chiffrement.',
            },
            {
              status: 'feuille de route',
              text: 'La feuille de route sur l’accès légal prévoit une feuille de route technologique sur le chiffrement en 2026 et des capacités de déchiffrement pour Europol d’ici 2030.',
            },
            {
              status: 'position du Conseil',
              text: 'Le Conseil adopte sa position, sans injonctions d’analyse obligatoires ; les négociations avec le Parlement suivent.',
            },
            {
              status: 'expiré',
              text: 'La règle temporaire autorisant l’analyse volontaire expire, après le vote du Parlement contre sa prolongation (26 mars 2026).',
            },
          ],
          notes: [
            'Bon exemple de « proposé ne veut pas dire adopté » : plus de trois ans après la proposition, le texte était encore en négociation le 28 novembre 2026, date de la dernière vérification de ce chapitre.',
            'Analyser les messages sur le téléphone avant leur chiffrement (l’« analyse côté client », ou client-side scanning) est une autre façon de contourner le chiffrement de bout en bout que le fantôme : le contenu est examiné avant d’être verrouillé.',
          ],
        },
        australia: {
          title: 'Australie : une loi avec une limite',
          lead: 'Australie, 2018 : les entreprises doivent aider les autorités, sans être forcées à créer une « faiblesse systémique ».',
          paragraphs: [
            'En Australie, l’Assistance and Access Act est votée le 6 décembre 2018. Elle permet aux autorités d’exiger l’aide des entreprises technologiques, mais fixe aussi une limite légale : une injonction ne peut pas obliger une entreprise à introduire une « faiblesse systémique » dans ses systèmes.',
          ],
          timeline: [
            {
              status: 'votée',
              text: 'Le Parlement australien vote l’Assistance and Access Act, qui interdit d’exiger une « faiblesse systémique ».',
            },
          ],
          notes: [
            'Demandez : un participant fantôme est-il une « faiblesse systémique » ? Gouvernements et experts ne sont pas d’accord, et ce désaccord est tout le débat.',
            'Au 28 novembre 2026, nous n’avons trouvé aucune modification de la loi depuis 2018.',
            'Durée : terminez le chapitre 6 en 5 minutes.',
          ],
        },
      },
    },
    debate: {
      title: 'Débat et vérification',
      summary: 'Peser honnêtement les deux camps, puis vérifier ce que vous avez retenu.',
      steps: {
        'both-sides': {
          title: 'Le meilleur argument de chaque camp',
          lead: 'Le problème des enquêteurs est réel. Le problème de sécurité aussi. Et il existe d’autres outils.',
          paragraphs: [
            'Le problème des enquêteurs est réel. Les réseaux de trafiquants utilisent des messageries chiffrées, et la directrice de la DGSI dit que son service est « aveugle » sur ce que disent ses cibles. Le ministre affirmait que lire les messages aurait pu diviser par deux les neuf mois de traque de Mohamed Amra.',
            'Ils répondent aussi à la crainte des abus. La directrice de la DGSI présente l’accès comme ciblé sur des individus qui représentent une menace, sur le modèle des écoutes téléphoniques, et affirme qu’il ne s’agit « absolument pas de surveillance généralisée ». En France, une technique de renseignement est autorisée par le Premier ministre après avis de la CNCTR, une commission indépendante.',
            'Le problème de sécurité est réel lui aussi. Pour permettre à une agence de lire, il faut changer le système pour tout le monde : un fantôme exige des applications capables de cacher des lecteurs, et un séquestre exige une clé maîtresse qui peut être volée. Les experts ont alerté sur des « vulnérabilités systémiques », et 119 des 143 députés qui ont voté ont rejeté l’article.',
            'Il existe d’autres outils, chacun avec ses propres coûts. Le même texte prévoyait de pouvoir pirater les appareils d’un suspect, ce que les critiques contestaient aussi, ainsi qu’un statut renforcé pour les criminels qui coopèrent avec la justice.',
          ],
          notes: [
            'Organisez un débat structuré de 3 minutes : la moitié de la classe défend l’accès, l’autre moitié s’y oppose, puis on échange les rôles pendant une minute. Avant de répondre, chaque orateur doit reformuler le meilleur argument du camp adverse.',
            'Gardez un ton respectueux : les deux camps veulent la sécurité des gens ; ils ne s’accordent pas sur le risque le plus grave.',
            'Durée : environ 3 minutes.',
          ],
        },
        quiz: {
          title: 'Quiz',
          demoTitle: 'Quiz',
          lead: 'Six questions : certaines ont plus d’une bonne réponse.',
          paragraphs: [
            'Six questions. Certaines n’ont qu’une bonne réponse, d’autres en ont plusieurs : lisez bien chaque question avant de répondre.',
          ],
          notes: [
            'Laissez les élèves répondre seuls d’abord, puis reprenez les explications des questions que la plupart ont manquées.',
            'Durée : environ 3 minutes.',
          ],
        },
        'exit-question': {
          title: 'Question de sortie',
          demoTitle: 'Question de sortie',
          lead: 'Répondez en quelques phrases, avec ce que vous avez vu aujourd’hui.',
          paragraphs: [
            'Répondez en quelques phrases. Il n’y a pas une seule bonne réponse, mais une bonne réponse s’appuie sur ce que vous avez vu aujourd’hui.',
          ],
          notes: [
            'Ramassez les réponses sur papier ou dans l’application. Une bonne réponse dit qui d’autre pourrait se servir de l’accès, ce que le fantôme a besoin que le fournisseur cache, et comment une application prudente pourrait le repérer.',
            'Terminez par le vote à main levée du début de la leçon : quelqu’un a-t-il changé d’avis, et pourquoi ?',
            'Durée : 1 à 2 minutes.',
          ],
        },
      },
    },
  },
  quiz: {
    'ghost-reads': {
      prompt:
        'Un fantôme est ajouté à une conversation de groupe le mardi. Quels messages peut-il lire ?',
      choices: {
        a: {
          text: 'Tous les messages depuis la création du groupe',
          feedback:
            'Les clés des anciens messages n’ont été verrouillées que pour les appareils membres au moment de l’envoi. Le fantôme ne les a jamais reçues.',
        },
        b: {
          text: 'Seulement les messages envoyés après son ajout',
          feedback:
            'À partir de mardi, les applications des membres verrouillent aussi chaque nouvelle clé de message pour l’appareil du fantôme : il peut lire ces messages-là, et seulement ceux-là.',
        },
        c: {
          text: 'Aucun : les messages sont chiffrés',
          feedback:
            'Le chiffrement n’est pas cassé, mais les applications chiffrent désormais pour un lecteur de plus. Le fantôme détient une vraie clé pour chaque nouveau message.',
        },
        d: {
          text: 'Seulement les messages écrits par le suspect',
          feedback:
            'Le fantôme est membre de tout le groupe : il lit chaque nouveau message de chaque membre, pas seulement ceux du suspect.',
        },
      },
    },
    'server-sees': {
      prompt:
        'Alice envoie à Bob un message chiffré de bout en bout. Que peut voir le serveur du fournisseur ?',
      choices: {
        a: {
          text: 'Le texte chiffré',
          feedback:
            'Le serveur stocke et relaie le texte chiffré, mais ne peut pas le retransformer en texte lisible.',
        },
        b: {
          text: 'Qui l’a envoyé à qui, et quand',
          feedback:
            'Ce sont des métadonnées : le serveur en a besoin pour acheminer le message, et le chiffrement de bout en bout ne les cache pas.',
        },
        c: {
          text: 'Le texte du message',
          feedback:
            'Seul l’appareil de Bob possède une clé qui ouvre la clé de message. Le serveur ne voit jamais que des octets brouillés.',
        },
        d: {
          text: 'La longueur approximative du message',
          feedback:
            'Le texte chiffré a à peu près la longueur du texte, donc sa taille donne un indice. C’est aussi une métadonnée.',
        },
        e: {
          text: 'La clé de message',
          feedback:
            'La clé de message ne circule que sous enveloppe, verrouillée pour chaque appareil destinataire. Le serveur ne peut pas l’ouvrir.',
        },
      },
    },
    'escrow-worse': {
      prompt:
        'Pourquoi le séquestre de clés (une clé maîtresse pour les autorités) est-il plus risqué qu’un fantôme ajouté à une seule conversation ?',
      choices: {
        a: {
          text: 'Quiconque vole la clé maîtresse peut lire toutes les conversations, passées et futures',
          feedback:
            'Chaque clé de message est aussi verrouillée pour la clé maîtresse : un seul vol expose tous les utilisateurs, y compris les anciens messages enregistrés. Un fantôme lit un seul groupe, à partir de son arrivée.',
        },
        b: {
          text: 'Le séquestre utilise un chiffrement plus faible que les messages normaux',
          feedback:
            'Le chiffrement lui-même peut être tout aussi solide. La faiblesse, c’est la copie supplémentaire de chaque clé, verrouillée pour une clé unique qui peut être volée.',
        },
        c: {
          text: 'Seule la police peut se servir d’une clé maîtresse',
          feedback:
            'Une clé ne sait pas qui la tient. Mallory, un employé malveillant ou un service étranger possédant une copie volée peut s’en servir tout aussi bien.',
        },
        d: {
          text: 'Le séquestre ralentit l’envoi des messages',
          feedback:
            'Envelopper une clé de plus est très rapide. Le problème est la sécurité, pas la vitesse.',
        },
      },
    },
    'catch-ghost': {
      prompt:
        'Parmi ces moyens, lesquels peuvent aider une application prudente à démasquer un fantôme ?',
      choices: {
        a: {
          text: 'Comparer les numéros de sécurité face à face',
          feedback:
            'Si le serveur a glissé une autre clé, les numéros affichés sur les deux téléphones ne correspondent plus.',
        },
        b: {
          text: 'N’accepter que les changements de la liste des membres signés par un membre',
          feedback:
            'Dans un groupe signé par les membres, le serveur ne peut pas imiter la signature d’un membre : il ne peut donc pas ajouter seul un fantôme. Un ordre devrait obliger l’application d’un membre à signer son arrivée.',
        },
        c: {
          text: 'Faire confiance à la liste des membres envoyée par le serveur',
          feedback:
            'C’est justement là que se cache le fantôme : le serveur qui l’ajoute est aussi celui qui écrit la liste.',
        },
        d: {
          text: 'Vérifier dans un registre public que tout le monde voit la même clé pour un contact (transparence des clés)',
          feedback:
            'Si le serveur donnait à votre application une autre clé pour un contact, par exemple un fantôme déguisé en l’un de ses appareils, la vérification dans le registre public échouerait.',
        },
        e: {
          text: 'Choisir un mot de passe plus long pour son compte',
          feedback:
            'Un mot de passe solide protège votre compte contre d’autres personnes, mais n’empêche pas le fournisseur lui-même d’ajouter un lecteur.',
        },
      },
    },
    'vote-numbers': {
      prompt: 'Que s’est-il passé à l’Assemblée nationale dans la nuit du 20 mars 2025 ?',
      choices: {
        a: {
          text: 'Après la panne du système de vote, les 577 députés ont été appelés par leur nom ; 119 ont voté contre, 24 pour',
          feedback:
            'L’appel s’est terminé peu avant minuit. Seuls 143 députés ont répondu : la plupart des 577 n’étaient pas dans l’hémicycle à cette heure-là.',
        },
        b: {
          text: 'Les 577 députés ont tous voté contre l’article',
          feedback: 'Les 577 ont été appelés, mais seuls 143 ont répondu : 119 contre et 24 pour.',
        },
        c: {
          text: 'L’article a été adopté par 119 voix contre 24',
          feedback:
            'Non, c’est l’inverse : 119 députés ont voté contre le rétablissement de l’article, 24 pour.',
        },
        d: {
          text: 'Le vote a été annulé à cause d’une cyberattaque',
          feedback:
            'Le système de vote est bien tombé en panne, mais la présidente de séance a écarté tout problème de sécurité, et le vote a eu lieu par appel nominal.',
        },
      },
    },
    'after-vote': {
      prompt: 'Parmi ces affirmations sur la suite des événements, lesquelles sont vraies ?',
      choices: {
        a: {
          text: 'La loi française promulguée le 13 juin 2025 ne contient aucune obligation d’ouvrir les messages chiffrés',
          feedback:
            'Vrai. L’article a été supprimé puis rejeté à l’Assemblée et n’est jamais revenu : la loi n° 2025-532 ne contient pas une telle obligation.',
        },
        b: {
          text: 'Le Conseil constitutionnel a censuré tout ou partie de six articles de cette loi',
          feedback:
            'Vrai. La décision n° 2025-885 DC du 12 juin 2025 a censuré tout ou partie de six articles, dont l’expérimentation du renseignement algorithmique sur les adresses web adoptée le soir du vote. L’activation à distance des appareils a été validée.',
        },
        c: {
          text: 'En novembre 2025, l’UE a adopté une loi obligeant les messageries à analyser tous les messages',
          feedback:
            'Faux. Le 26 novembre 2025, le Conseil a seulement adopté sa position, et cette position abandonnait les injonctions d’analyse obligatoires. Les négociations avec le Parlement ont suivi.',
        },
        d: {
          text: 'Apple a retiré la Protection avancée des données pour les nouveaux utilisateurs au Royaume-Uni',
          feedback:
            'Vrai. Le 21 février 2025, après la révélation d’une injonction britannique secrète, Apple a cessé de la proposer aux nouveaux utilisateurs britanniques.',
        },
      },
    },
  },
  exitQuestion: {
    prompt:
      'Un ami vous dit : « Une porte dérobée réservée à la police, ça ne me gêne pas. Je n’ai rien à cacher. » Répondez-lui en trois ou quatre phrases, en vous appuyant sur ce que vous avez vu aujourd’hui.',
    hint: 'Pensez à qui d’autre pourrait passer par la même porte (Mallory, un employé, un service étranger), à ce que le fantôme a besoin que le fournisseur cache, à la façon dont une application prudente pourrait le repérer, et à ce que les enquêteurs disent perdre sans accès.',
  },
} satisfies LessonText;
