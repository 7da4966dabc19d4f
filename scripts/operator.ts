/**
 * `npm run operator -- create <email>`: creates an operator account (the console has no
 * sign-up). Then open http://admin.localhost:3000 and ask for a sign-in link.
 * `npm run operator -- disable <email>` signs them out everywhere and refuses their links.
 */
import { getMessages } from '@/lib/i18n/messages';
import { createOperator, disableOperator } from '@/lib/operator/create-operator';
import { withCliDatabase } from './cli-database';

const [command, email, ...rest] = process.argv.slice(2);
const usage = 'Usage : npm run operator -- create <email> [nom]\n        npm run operator -- disable <email>';

if (!command || !email || !['create', 'disable'].includes(command)) {
  console.error(usage);
  process.exit(1);
}

void withCliDatabase(async () => {
  if (command === 'create') {
    const result = await createOperator(email, { id: null, label: getMessages('fr').operator.commandLine }, rest.join(' ') || undefined);
    console.log(result.created ? `Compte opérateur créé : ${result.email}` : `Ce compte opérateur existe déjà (il est actif) : ${result.email}`);
    console.log('Connexion : https://admin.<votre domaine> (en local : http://admin.localhost:3000), avec un lien reçu par e-mail.');
  } else {
    console.log((await disableOperator(email)) ? `Compte opérateur désactivé : ${email}` : `Aucun compte opérateur pour ${email}`);
  }
});
